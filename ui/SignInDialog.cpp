#include "SignInDialog.h"

#include "TextStyle.h"
#include "ErrorDetails.h"
#include "GrowToFit.h"
#include "PracticeBanner.h"
#include "api/PortalAddress.h"
#include "auth/KeychainNotice.h"
#include "auth/SessionController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(SessionController *session, const QList<Account> &savedAccounts, bool practiceMode,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_saved(savedAccounts)
    , m_accounts(new QComboBox(this))
    , m_baseUrl(new QLineEdit(PortalAddress::defaultUrl().toString(), this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    //: check box next to the client secret: show it in clear text
    , m_showSecret(new QCheckBox(tr("Sho&w"), this))
    , m_label(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the secret in the system keychain"), this))
    , m_error(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_details(new ErrorDetails(QStringLiteral("signIn"), this))
    , m_notice(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    GrowToFit::install(this); // an error message below the form must not squeeze it
    setWindowTitle(tr("Sign in to the Partner Portal"));
    setMinimumWidth(520);

    m_accounts->setObjectName(QStringLiteral("accountComboBox"));
    m_accounts->setAccessibleName(tr("Saved account"));
    m_accounts->addItem(tr("New account"));
    for (const Account &account : std::as_const(m_saved))
        m_accounts->addItem(account.displayName(), account.id());
    m_baseUrl->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrl->setAccessibleName(tr("Portal address"));
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    //: "System > API" is the Partner Portal's menu path, in the portal's own words
    m_clientId->setPlaceholderText(tr("From System > API in the Partner Portal"));
    m_secret->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret->setObjectName(QStringLiteral("showSecretCheckBox"));
    m_showSecret->setAccessibleName(tr("Show the client secret"));
    m_label->setObjectName(QStringLiteral("accountLabelLineEdit"));
    m_label->setAccessibleName(tr("Account label"));
    //: example of a name the user gives the account in this app
    m_label->setPlaceholderText(tr("e.g. Main reseller account"));
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setChecked(!practiceMode);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    TextStyle::applyError(m_error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setObjectName(QStringLiteral("signInReferenceLabel"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setWordWrap(true); // code · HTTP · request ID must not widen the dialog
    m_notice->setObjectName(QStringLiteral("signInNoticeLabel"));
    m_notice->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Saved &account:"), m_accounts);
    addRow(tr("Portal a&ddress:"), m_baseUrl); // &a is Saved account's
    addRow(tr("Client &ID:"), m_clientId);
    form->addRow(new QLabel(tr("Client s&ecret:"), this), secretRow);
    qobject_cast<QLabel *>(form->labelForField(secretRow))->setBuddy(m_secret);
    //: a name for the account, shown in this app only
    addRow(tr("&Label:"), m_label);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));

    auto *layout = new QVBoxLayout(this);
    if (practiceMode)
        layout->addWidget(new PracticeBanner(this));
    //: "System > API" is the Partner Portal's menu path, in the portal's own words
    auto *intro = new QLabel(tr("Enter the API credentials from System > API in the Yeastar Partner Portal. "
                                "Ask your Yeastar account manager if API access is not enabled yet."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_reference);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_error->hide();
    m_reference->hide();
    m_notice->hide();
    m_busy->hide();

    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &SignInDialog::accountPicked);
    // The button does not close the dialog itself: it closes when the portal says yes.
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_session, &SessionController::signInFailed, this, [this](const ApiError &error) {
        setBusy(false);
        showError(error);
    });
    connect(m_session, &SessionController::needsSignIn, this,
            [this](const Account &, const ApiError &reason, const QString &keychainProblem) {
        if (!m_busy->isVisible() && !m_waitingForKeychain)
            return;
        m_waitingForKeychain = false;
        setBusy(false);
        if (reason.isError()) {
            showError(reason);
        } else if (!keychainProblem.isEmpty()) {
            showNotice(keychainProblem);
            m_secret->setFocus();
        } else {
            m_error->setText(tr("No client secret is stored for this account. Enter it to sign in."));
            m_error->show();
            m_secret->setFocus();
        }
    });
    // Reading the saved secret may wait for the user to unlock the keychain: meanwhile the
    // secret can be typed instead.
    connect(m_session, &SessionController::keychainWaitChanged, this, [this](bool waiting) {
        if (waiting && m_busy->isVisible()) {
            m_waitingForKeychain = true;
            setBusy(false);
            showNotice(KeychainNotice::waiting() + QLatin1Char(' ')
                       + tr("Unlock it when it asks, or enter the client secret to sign in without it."));
            m_secret->setFocus();
        } else if (!waiting && m_waitingForKeychain) {
            m_waitingForKeychain = false;
            showNotice(QString());
            setBusy(m_session->isBusy());
        }
    });
    connect(m_session, &SessionController::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
}

void SignInDialog::prefill(const Account &account, const QString &clientSecret)
{
    if (account.baseUrl.isValid())
        m_baseUrl->setText(account.baseUrl.toString());
    m_clientId->setText(account.clientId);
    m_label->setText(account.label);
    m_secret->setText(clientSecret);
    const int row = m_accounts->findData(account.id());
    if (row >= 0) {
        const QSignalBlocker block(m_accounts);
        m_accounts->setCurrentIndex(row);
    }
}

void SignInDialog::setNewAccountDefaults(const QUrl &baseUrl, bool remember)
{
    m_defaultBaseUrl = baseUrl;
    m_remember->setChecked(remember);
    if (m_accounts->currentIndex() <= 0 && baseUrl.isValid())
        m_baseUrl->setText(baseUrl.toString());
}

void SignInDialog::accountPicked(int index)
{
    if (index <= 0) {
        m_baseUrl->setText(m_defaultBaseUrl.isValid() ? m_defaultBaseUrl.toString()
                                                      : PortalAddress::defaultUrl().toString());
        m_clientId->clear();
        m_label->clear();
        m_secret->clear();
        m_secret->setPlaceholderText(QString());
        return;
    }
    const Account &account = m_saved.at(index - 1);
    m_baseUrl->setText(account.baseUrl.toString());
    m_clientId->setText(account.clientId);
    m_label->setText(account.label);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Leave empty to use the secret saved in the keychain"));
}

void SignInDialog::showError(const ApiError &error)
{
    m_error->setText(error.userMessage());
    m_reference->setText(error.referenceLine());
    m_error->show();
    m_reference->setVisible(!error.referenceLine().isEmpty());
    m_details->setDetails(error.details());
}

void SignInDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *field : {static_cast<QWidget *>(m_accounts), static_cast<QWidget *>(m_baseUrl),
                           static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_secret),
                           static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_remember),
                           static_cast<QWidget *>(m_signIn)})
        field->setEnabled(!busy);
}

void SignInDialog::submit()
{
    m_error->hide();
    m_reference->hide();
    m_details->setDetails(QString());
    Account account;
    // An address typed without a scheme means https, never plain http.
    const QString address = m_baseUrl->text().trimmed();
    account.baseUrl = QUrl(address.contains(QLatin1String("://")) ? address : QStringLiteral("https://") + address);
    account.clientId = m_clientId->text().trimmed();
    account.label = m_label->text().trimmed();
    if (account.clientId.isEmpty()) {
        m_error->setText(tr("Enter the client ID."));
        m_error->show();
        m_clientId->setFocus();
        return;
    }
    const bool savedAccount = m_accounts->currentIndex() > 0
        && m_saved.at(m_accounts->currentIndex() - 1).id() == account.id();
    if (m_secret->text().isEmpty() && !savedAccount) {
        m_error->setText(tr("Enter the client secret."));
        m_error->show();
        m_secret->setFocus();
        return;
    }
    setBusy(true);
    if (m_secret->text().isEmpty())
        m_session->resume(account); // the stored secret; needsSignIn() if there is none
    else
        m_session->signIn(account, m_secret->text(), m_remember->isChecked());
}
