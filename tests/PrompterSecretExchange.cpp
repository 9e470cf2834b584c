#include "PrompterSecretExchange.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {

const QByteArray kGroup = QByteArrayLiteral("[sx-aes-1]");
constexpr int kKeyLength = 16;
constexpr int kIvLength = 16;

QByteArray toBytes(const BIGNUM *number)
{
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

// The value of `field` in the [sx-aes-1] group of a key-file message.
QByteArray fieldOf(const QByteArray &message, const QByteArray &field)
{
    bool inGroup = false;
    const QList<QByteArray> lines = message.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('['))
            inGroup = line == kGroup;
        else if (inGroup && line.startsWith(QByteArray(field + '=')))
            return QByteArray::fromBase64(line.mid(field.size() + 1));
    }
    return QByteArray();
}

} // namespace

struct PrompterSecretExchange::Keys
{
    BIGNUM *prime = BN_get_rfc3526_prime_1536(nullptr);
    BIGNUM *priv = BN_new();
    BIGNUM *pub = BN_new();
    BN_CTX *context = BN_CTX_new();

    ~Keys()
    {
        BN_free(prime);
        BN_clear_free(priv);
        BN_free(pub);
        BN_CTX_free(context);
    }
};

PrompterSecretExchange::PrompterSecretExchange()
    : m_keys(std::make_unique<Keys>())
{
    BIGNUM *generator = BN_new();
    BN_set_word(generator, 2);
    // 1 < private key < p - 1
    BIGNUM *limit = BN_dup(m_keys->prime);
    BN_sub_word(limit, 2);
    BN_priv_rand_range(m_keys->priv, limit);
    BN_add_word(m_keys->priv, 1);
    BN_mod_exp(m_keys->pub, generator, m_keys->priv, m_keys->prime, m_keys->context);
    BN_free(limit);
    BN_free(generator);
}

PrompterSecretExchange::~PrompterSecretExchange() = default;

QByteArray PrompterSecretExchange::begin() const
{
    return kGroup + "\npublic=" + toBytes(m_keys->pub).toBase64() + '\n';
}

bool PrompterSecretExchange::receive(const QByteArray &message)
{
    const QByteArray peerBytes = fieldOf(message, "public");
    if (peerBytes.isEmpty())
        return false;
    BIGNUM *peer = BN_bin2bn(reinterpret_cast<const unsigned char *>(peerBytes.constData()),
                             int(peerBytes.size()), nullptr);
    BIGNUM *shared = BN_new();
    BN_mod_exp(shared, peer, m_keys->priv, m_keys->prime, m_keys->context);
    // gcr writes the shared secret big-endian without leading zeros (its egg-dh).
    const QByteArray inputKey = toBytes(shared);
    BN_clear_free(shared);
    BN_free(peer);

    // HKDF-SHA256, no salt (= 32 zero bytes), no info; 16 bytes fit in the first block.
    const QByteArray pseudoRandomKey = QMessageAuthenticationCode::hash(
        inputKey, QByteArray(32, '\0'), QCryptographicHash::Sha256);
    m_transportKey = QMessageAuthenticationCode::hash(QByteArray(1, '\x01'), pseudoRandomKey,
                                                      QCryptographicHash::Sha256)
                         .left(kKeyLength);
    return true;
}

QByteArray PrompterSecretExchange::send(const std::optional<QByteArray> &secret) const
{
    QByteArray message = begin();
    if (!secret || m_transportKey.isEmpty())
        return message;

    QByteArray iv(kIvLength, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), kIvLength);
    QByteArray cipherText(secret->size() + kIvLength, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    EVP_CIPHER_CTX *cipher = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(cipher, EVP_aes_128_cbc(), nullptr,
                       reinterpret_cast<const unsigned char *>(m_transportKey.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(cipher, reinterpret_cast<unsigned char *>(cipherText.data()), &written,
                      reinterpret_cast<const unsigned char *>(secret->constData()), int(secret->size()));
    EVP_EncryptFinal_ex(cipher, reinterpret_cast<unsigned char *>(cipherText.data()) + written, &finalWritten);
    EVP_CIPHER_CTX_free(cipher);
    cipherText.resize(written + finalWritten);

    message += "secret=" + cipherText.toBase64() + "\niv=" + iv.toBase64() + '\n';
    return message;
}
