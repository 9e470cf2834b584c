#pragma once

#include <QDialog>

class AutoRenewal;
class MessageLabel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// "Turn on auto-renewal" for one product: what it means, that turning it off is only
// possible in the Partner Portal, its own "I understand" confirmation, and the outcome
// as text the user can copy or save. Shown with open(); never waits on the network.
class AutoRenewalDialog : public QDialog
{
    Q_OBJECT

public:
    AutoRenewalDialog(AutoRenewal *renewal, QWidget *parent = nullptr);

    // Says under the outcome where it was saved, or why it was not (`error` non-empty).
    void showSaved(const QString &path, const QString &error);

signals:
    // The user asks to save the outcome; the owner offers a file dialog.
    void saveRequested(const QString &text);

private:
    void update();

    AutoRenewal *m_renewal;
    QLabel *m_product;
    MessageLabel *m_problems;
    QCheckBox *m_confirm;
    QProgressBar *m_busy;
    QPlainTextEdit *m_result;
    MessageLabel *m_saveFeedback;
    QPushButton *m_turnOn;
    QPushButton *m_copy;
    QPushButton *m_save;
    quint64 m_confirmation = 0;
};
