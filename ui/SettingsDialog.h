#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Preferences: the portal address for new accounts, the request timeout, the interface
// language and whether secrets are remembered in the keychain. Shown with open(); the
// values are checked as they are typed (the message shows under the field) and written
// to AppSettings only when the user presses OK. Never shows or stores a secret.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

signals:
    // The values were written; the caller applies what takes effect at once.
    void settingsSaved();

private:
    void load();
    void restoreDefaults();
    void validate();
    void save();
    QUrl typedBaseUrl() const;

    AppSettings *m_settings;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlError;
    QSpinBox *m_timeout;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
    QString m_loadedLanguage;
};
