#include "SettingsDialog.h"

#include "GrowToFit.h"
#include "TextStyle.h"
#include "UiLog.h"
#include "api/PortalAddress.h"
#include "i18n/LanguageLoader.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlError(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember client secrets in the system keychain"), this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    GrowToFit::install(this); // the address error below its field must not squeeze the form
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    m_baseUrl->setObjectName(QStringLiteral("defaultBaseUrlLineEdit"));
    m_baseUrl->setAccessibleName(tr("Portal address for new accounts"));
    m_baseUrl->setPlaceholderText(PortalAddress::defaultUrl().toString());
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrlError->setObjectName(QStringLiteral("baseUrlErrorLabel"));
    m_baseUrlError->setWordWrap(true);
    TextStyle::applyError(m_baseUrlError);
    m_baseUrlError->hide();

    m_timeout->setObjectName(QStringLiteral("requestTimeoutSpinBox"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(int(AppSettings::kMinimumTimeout.count()), int(AppSettings::kMaximumTimeout.count()));
    //: unit after the request timeout, in seconds (keep the leading space if your language uses one)
    m_timeout->setSuffix(tr(" s"));

    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Interface language"));
    //: first entry of the language list: use the operating system's language, %1 its name
    m_language->addItem(tr("System language (%1)").arg(LanguageLoader::nativeName(LanguageLoader::systemLanguage())),
                        QString());
    const QStringList codes = LanguageLoader::availableLanguages();
    for (const QString &code : codes)
        m_language->addItem(LanguageLoader::nativeName(code), code);
    m_languageNote->setObjectName(QStringLiteral("languageRestartLabel"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("The new language is used the next time you start Partner Purchase."));
    m_languageNote->hide();

    m_remember->setObjectName(QStringLiteral("rememberSecretsCheckBox"));
    m_remember->setAccessibleName(tr("Remember client secrets in the system keychain"));
    auto *rememberNote = new QLabel(
        tr("Applies to the next sign-in. A secret that is already stored stays there until you sign out."), this);
    rememberNote->setObjectName(QStringLiteral("rememberSecretsNoteLabel"));
    rememberNote->setWordWrap(true);
    TextStyle::applySecondary(rememberNote);

    m_buttons->setObjectName(QStringLiteral("settingsDialogButtonBox"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Portal &address for new accounts:"), m_baseUrl);
    form->addRow(QString(), m_baseUrlError);
    addRow(tr("Request &timeout:"), m_timeout);
    addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_remember);
    layout->addWidget(rememberNote);

    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_loadedLanguage);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    load();
}

void SettingsDialog::load()
{
    const QUrl baseUrl = m_settings->baseUrl();
    m_baseUrl->setText(baseUrl == PortalAddress::defaultUrl() ? QString() : baseUrl.toString());
    m_timeout->setValue(int(m_settings->requestTimeout().count()));
    m_loadedLanguage = m_settings->language();
    const int row = m_language->findData(m_loadedLanguage);
    m_language->setCurrentIndex(row >= 0 ? row : 0);
    m_remember->setChecked(m_settings->rememberSecrets());
    validate();
}

void SettingsDialog::restoreDefaults()
{
    m_baseUrl->clear();
    m_timeout->setValue(int(AppSettings::kDefaultTimeout.count()));
    m_language->setCurrentIndex(0);
    m_remember->setChecked(true);
}

QUrl SettingsDialog::typedBaseUrl() const
{
    // Empty means the standard portal; an address typed without a scheme means https.
    const QString address = m_baseUrl->text().trimmed();
    if (address.isEmpty())
        return PortalAddress::defaultUrl();
    return QUrl(address.contains(QLatin1String("://")) ? address : QStringLiteral("https://") + address);
}

void SettingsDialog::validate()
{
    const ApiError error = PortalAddress::check(typedBaseUrl());
    m_baseUrlError->setText(error.isError()
                                ? tr("Use an https:// address. Plain http:// is only accepted for this computer "
                                     "(localhost, 127.0.0.1).")
                                : QString());
    m_baseUrlError->setVisible(error.isError());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error.isError());
}

void SettingsDialog::save()
{
    if (m_settings->setBaseUrl(typedBaseUrl()).isError()) {
        validate();
        return;
    }
    m_settings->setRequestTimeout(std::chrono::seconds(m_timeout->value()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setRememberSecrets(m_remember->isChecked());
    m_settings->sync();
    qCInfo(lcUi) << "settings saved to" << m_settings->location();
    emit settingsSaved();
    accept();
}
