#pragma once

#include "PracticeOrder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class PracticeCatalogue;
class PracticeDirectory;
struct PracticeOffer;
struct PracticeProduct;

// Checks an order body the way a strict server would, and turns a valid one into a
// PracticeOrder. Reports the first violated rule with the field and a validation tag.
// 19-digit IDs are read with QJsonValue::toInteger() only: a double would corrupt them.
class PracticeOrderValidator
{
public:
    struct Violation
    {
        QString field;
        QString tag;
        QString detail;
    };

    PracticeOrderValidator(const PracticeCatalogue &catalogue, const PracticeDirectory &directory);

    // Returns the violation, or fills *order and returns nothing.
    std::optional<Violation> validate(const QByteArray &contentType, const QByteArray &body,
                                      PracticeOrder *order) const;

private:
    struct Line
    {
        QJsonObject json;
        const PracticeOffer *offer = nullptr;
        PracticeOrder::Line line;
    };

    std::optional<Violation> checkHeader(const QJsonObject &body, PracticeOrder *order,
                                         const PracticeProduct **product) const;
    std::optional<Violation> checkLine(const QJsonObject &json, int index, const PracticeProduct &product,
                                       bool planSeen, const QString &operationType, Line *line) const;
    std::optional<Violation> checkQuantity(const QJsonValue &quantity, const QString &quantityField,
                                           const PracticeOffer &offer, int *count) const;
    std::optional<Violation> checkConnection(const Line &line, int index, const PracticeProduct &product,
                                             const Line *plan, const QString &productNo) const;

    const PracticeCatalogue &m_catalogue;
    const PracticeDirectory &m_directory;
};
