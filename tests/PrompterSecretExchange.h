#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

// The prompter's side of gcr's secret exchange ("sx-aes-1"), which carries a typed
// password from the system prompter to gnome-keyring without putting it on the bus in
// clear: Diffie-Hellman over the 1536-bit IKE group (RFC 3526), HKDF-SHA256 to a 128-bit
// key, AES-128-CBC with PKCS#7 padding. Messages are key files:
//   [sx-aes-1]
//   public=<base64 big-endian public key>
//   secret=<base64 cipher text>   (only when a secret is sent)
//   iv=<base64 16 bytes>
class PrompterSecretExchange
{
public:
    PrompterSecretExchange();
    ~PrompterSecretExchange();
    PrompterSecretExchange(const PrompterSecretExchange &) = delete;
    PrompterSecretExchange &operator=(const PrompterSecretExchange &) = delete;

    // Our public key, sent with the first PromptReady.
    QByteArray begin() const;
    // Reads the caller's public key and derives the shared key. False if unreadable.
    bool receive(const QByteArray &message);
    // An answer: our public key, and `secret` encrypted when there is one.
    QByteArray send(const std::optional<QByteArray> &secret) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QByteArray m_transportKey; // 16 bytes once receive() succeeded
};
