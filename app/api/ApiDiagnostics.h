#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

// Keeps the raw answers of the read-only endpoints this run called (purchased products,
// product details, product_list, purchase_product_info, order page and details), so that
// a user can show Yeastar or us the real shapes of fields the vendor's pages lost.
//
// record() only keeps bytes (cheap, on the GUI thread). render() — meant for a worker
// thread — builds the file: every body parsed and written back with each value under a
// secret-looking key removed (tokens, secrets, passwords, Authorization, activation
// codes), and bearer tokens and JWTs removed wherever they appear; a body that is not
// JSON is kept as text with the same patterns removed. Headers are never recorded.
class ApiDiagnostics
{
public:
    struct Answer
    {
        QString path;
        QString query;          // already percent-encoded, as sent
        int httpStatus = 0;     // 0: no HTTP answer
        QString transportError; // what went wrong below HTTP, when something did
        QByteArray body;
        QDateTime receivedAt;
    };

    // The newest answers per endpoint (and per product for the product endpoints); older
    // ones of the same kind are dropped so a long session stays small.
    static constexpr int kKeptPerKind = 5;
    // A body longer than this is cut (and said so) before it is kept.
    static constexpr qsizetype kLargestBody = 2 * 1024 * 1024;

    void record(Answer answer);
    QList<Answer> answers() const; // in the order they arrived
    int count() const { return int(m_answers.size()); }
    bool isEmpty() const { return m_answers.isEmpty(); }

    // The diagnostics file (indented JSON, UTF-8): who wrote it, when, for which portal
    // and the redacted answers.
    static QByteArray render(const QList<Answer> &answers, const QString &portal, const QDateTime &now);

    static bool isSecretKey(const QString &key);
    static QJsonValue redacted(const QJsonValue &value);
    static QString redactedText(const QString &text);

private:
    static QString kindOf(const Answer &answer);

    QList<Answer> m_answers;
    QHash<QString, int> m_perKind;
};
