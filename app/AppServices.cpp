#include "AppServices.h"

#include "settings/AppSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace {

// Next to the receipts: <receipts folder>/batches.
QString batchDirectory(const QString &receiptsDirectory)
{
    const QString receipts = receiptsDirectory.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("receipts"))
        : receiptsDirectory;
    return QDir(receipts).filePath(QStringLiteral("batches"));
}

} // namespace

AppServices::AppServices(SecretStore *keychain, const QString &accountsFile, const QString &receiptsDirectory,
                         bool practice)
    : tokens(&client)
    , vault(keychain)
    , accounts(accountsFile)
    , session(&client, &tokens, &vault, &accounts)
    , products(&client)
    , subordinates(&client)
    , billingContacts(&client)
    , offering(&client)
    , submitter(&client)
    , lookup(&client)
    , receipts(receiptsDirectory)
    , purchase(&submitter, &receipts, &lookup, &offering)
    , terms(&client)
    , autoRenewal(&client)
    , statusRefresher(&client, &receipts)
    , orders(&client)
    , orderDetails(&client)
    , purchasedProducts(&client)
    , purchasedProductDetails(&client)
    , batchJournal(batchDirectory(receiptsDirectory))
    , batchSubmitter(&client)
    , batchLookup(&client)
    , batches(&batchSubmitter, &batchLookup, &receipts, &batchJournal)
    , renewalBatch(&client)
    , m_practice(practice)
{
    // Every authenticated request asks the token session for its bearer token.
    client.setAccessTokenProvider(&tokens);
    client.setDiagnostics(&diagnostics);
    purchase.setBatchRunner(&batches);
    purchase.setRenewalLoader(&renewalBatch);
    // Connected before any window is built: the core is ready before a widget hears of it.
    QObject::connect(&session, &SessionController::signedIn, &purchase,
                     [this](const Account &account) { signedIn(account); });
    QObject::connect(&session, &SessionController::signedOut, &purchase, [this] { signedOut(); });
    // A placed order changes what the account has (a renewal moves an expiry date, an added
    // service shows in the details only): the products overview, once asked for, and the
    // product shown ask again, so that what was just renewed no longer looks expired.
    QObject::connect(&purchase, &PurchaseSession::stateChanged, &purchasedProducts,
                     [this](PurchaseSession::State state) {
        if (state == PurchaseSession::State::Placed)
            refreshPurchasedProducts();
    });
    QObject::connect(&batches, &BatchRunner::stateChanged, &purchasedProducts, [this](BatchRunner::State state) {
        if (state == BatchRunner::State::Finished || state == BatchRunner::State::Stopped)
            refreshPurchasedProducts();
    });
}

void AppServices::refreshPurchasedProducts()
{
    if (purchasedProducts.state() != RemoteListModel::State::Idle)
        purchasedProducts.reload();
    if (purchasedProductDetails.instance()) {
        const ProductInstance shown = *purchasedProductDetails.instance(); // show() forgets the one it holds
        purchasedProductDetails.show(shown);
    }
}

void AppServices::apply(const AppSettings &settings)
{
    client.setTransferTimeout(settings.requestTimeout());
    vault.setRememberInKeychain(settings.rememberSecrets());
}

void AppServices::signedIn(const Account &account)
{
    batches.setAside(); // the last account's, if it was another's
    // Receipts are kept per account; practice receipts in one place whatever the port.
    m_storeAccountId = m_practice ? QStringLiteral("practice") : account.id();
    receipts.openInBackground(m_storeAccountId);
    purchase.setAccount(account.id(), account.displayName());
    purchase.setStoreAccountId(m_storeAccountId);
    // The lists do not depend on each other: fetch them all at once, one round trip.
    products.load();
    subordinates.load();
    billingContacts.load();
    // Another account may have signed in: its orders and products, not the last one's
    // (cancelled if still loading).
    orders.clear();
    orderDetails.clear();
    purchasedProducts.clear();
    purchasedProductDetails.clear();
}

void AppServices::signedOut()
{
    batches.setAside();
    products.clear();
    subordinates.clear();
    billingContacts.clear();
    offering.setProduct(0, QString());
    terms.clear();
    orders.clear();
    orderDetails.clear();
    purchasedProducts.clear();
    purchasedProductDetails.clear();
}
