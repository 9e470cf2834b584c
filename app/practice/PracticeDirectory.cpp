#include "PracticeDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kGeneratedPartnerBase = 3290000000000000000;
constexpr qint64 kGeneratedPartnerStride = 1000003;
constexpr qint64 kGeneratedContactBase = 3198000000000000000;
constexpr qint64 kGeneratedContactStride = 7919;

struct Place
{
    const char *city;
    const char *stateProvince;
    const char *country;
    const char *zipCode;
    const char *phonePrefix;
};

// ASCII only: generated entries are written without a JSON escaper (see below).
constexpr std::array<Place, 10> kPlaces{{
    {"Manchester", "Greater Manchester", "United Kingdom", "M1 1AE", "+44 161 555 "},
    {"Denver", "Colorado", "United States", "80202", "+1 303 555 "},
    {"Toronto", "Ontario", "Canada", "M5H 2N2", "+1 416 555 "},
    {"Milano", "Lombardia", "Italy", "20121", "+39 02 5555 "},
    {"Madrid", "Comunidad de Madrid", "Spain", "28013", "+34 91 555 "},
    {"Warszawa", "Mazowieckie", "Poland", "00-001", "+48 22 555 "},
    {"Singapore", "Singapore", "Singapore", "049315", "+65 6555 "},
    {"Auckland", "Auckland", "New Zealand", "1010", "+64 9 555 "},
    {"Johannesburg", "Gauteng", "South Africa", "2001", "+27 11 555 "},
    {"Utrecht", "Utrecht", "Netherlands", "3511 AB", "+31 30 555 "},
}};
constexpr std::array<const char *, 12> kFirstNames{"Anna", "Ben", "Carla", "David", "Elena", "Farid",
                                                   "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam"};
constexpr std::array<const char *, 10> kLastNames{"Keller", "Novak", "Okafor", "Patel", "Quinn",
                                                  "Rossi", "Silva", "Tanaka", "Varga", "Walsh"};
// The same names in lower case, for the e-mail addresses.
constexpr std::array<const char *, 12> kFirstNamesLower{"anna", "ben", "carla", "david", "elena", "farid",
                                                        "grace", "hugo", "ines", "jonas", "kira", "liam"};
constexpr std::array<const char *, 10> kLastNamesLower{"keller", "novak", "okafor", "patel", "quinn",
                                                       "rossi", "silva", "tanaka", "varga", "walsh"};
constexpr std::array<const char *, 8> kTrades{"Dental Care", "Logistics", "Law Office", "Hotel Group",
                                              "Engineering", "Medical Centre", "Retail", "Accounting"};
constexpr std::array<const char *, 6> kStreets{"High Street", "Main Street", "Market Square",
                                               "Station Road", "Park Avenue", "Harbour Lane"};

QJsonObject subordinate(const QString &partnerId, const QString &firstName, const QString &lastName,
                        const QString &company, const QString &email, const QString &phone,
                        const QString &street, const QString &city, const QString &state, const QString &zip,
                        const QString &country, const QString &taxNum, const QString &remark)
{
    return QJsonObject{
        {u"city"_s, city},
        {u"company"_s, company},
        {u"country"_s, country},
        {u"email"_s, email},
        {u"firstName"_s, firstName},
        {u"lastName"_s, lastName},
        {u"partnerId"_s, partnerId},
        {u"phoneNumber"_s, phone},
        {u"remark"_s, remark},
        {u"stateProvince"_s, state},
        {u"street"_s, street},
        {u"taxNum"_s, taxNum},
        {u"userType"_s, u"Enduser"_s},
        {u"zipCode"_s, zip},
    };
}

QJsonObject contact(const QString &id, const QString &firstName, const QString &lastName,
                    const QString &company, const QString &email, const QString &phone, const QString &street,
                    const QString &city, const QString &state, const QString &zip, const QString &country,
                    const QString &taxNum, const QString &remark)
{
    return QJsonObject{
        {u"billingContactId"_s, id},
        {u"city"_s, city},
        {u"company"_s, company},
        {u"country"_s, country},
        {u"emailAddress"_s, email},
        {u"firstName"_s, firstName},
        {u"lastName"_s, lastName},
        {u"phoneNumber"_s, phone},
        {u"remark"_s, remark},
        {u"stateProvince"_s, state},
        {u"street"_s, street},
        {u"taxNum"_s, taxNum},
        {u"zipCode"_s, zip},
    };
}

// Generated entries are well under this (the longest pieces of each field, added up).
constexpr qsizetype kMaxGeneratedEntry = 640;

char *put(char *out, const char *text)
{
    const size_t length = std::strlen(text);
    std::memcpy(out, text, length);
    return out + length;
}

char *putNumber(char *out, qint64 value)
{
    return std::to_chars(out, out + 24, value).ptr;
}

} // namespace

PracticeDirectory::PracticeDirectory()
    : m_seedSubordinates(seedSubordinates())
{
    setSubordinateCount(kSeedSubordinates);
    setBillingContactCount(kSeedBillingContacts);
}

void PracticeDirectory::setSubordinateCount(int count)
{
    m_subordinateCount = qBound(0, count, kMaxSubordinates);
    writeSubordinates();
}

void PracticeDirectory::setSubordinateRevision(int revision)
{
    m_subordinateRevision = qMax(0, revision);
    writeSubordinates();
}

bool PracticeDirectory::isRevised(int index, int salt) const
{
    const int generated = m_subordinateCount - kSeedSubordinates;
    if (m_subordinateRevision == 0 || generated <= 0 || index < kSeedSubordinates)
        return false;
    for (int j = 0; j < 3; ++j) {
        const qint64 pick = (qint64(m_subordinateRevision) * 7919 + qint64(j) * 33331 + salt) % generated;
        if (index == kSeedSubordinates + pick)
            return true;
    }
    return false;
}

void PracticeDirectory::writeSubordinates()
{
    const int seeds = qMin(m_subordinateCount, kSeedSubordinates);
    QJsonArray seedArray;
    for (int i = 0; i < seeds; ++i)
        seedArray.append(m_seedSubordinates.at(i));
    m_subordinatesJson = QJsonDocument(seedArray).toJson(QJsonDocument::Compact);
    if (m_subordinatesJson.isEmpty() || m_subordinateCount <= seeds)
        return;
    // Sized for the worst case once (uninitialised), written, then cut to what was used.
    qsizetype used = m_subordinatesJson.size() - 1; // over the closing ']'
    m_subordinatesJson.resize(used + qsizetype(m_subordinateCount - seeds) * kMaxGeneratedEntry + 1);
    char *const begin = m_subordinatesJson.data();
    char *out = begin + used;
    for (int i = seeds; i < m_subordinateCount; ++i) {
        if (isRevised(i, 0))
            continue; // removed
        if (out[-1] != '[')
            *out++ = ',';
        out = writeGeneratedSubordinate(out, i, isRevised(i, 104729));
    }
    *out++ = ']';
    m_subordinatesJson.truncate(out - begin);
}

void PracticeDirectory::setBillingContactCount(int count)
{
    const QList<QJsonObject> seeds = seedBillingContacts();
    m_billingContacts.clear();
    for (int i = 0; i < qMax(0, count); ++i)
        m_billingContacts.append(i < seeds.size() ? seeds.at(i) : generatedBillingContact(i));
    QJsonArray array;
    for (const QJsonObject &object : std::as_const(m_billingContacts))
        array.append(object);
    m_billingContactsJson = QJsonDocument(array).toJson(QJsonDocument::Compact);
}

bool PracticeDirectory::hasSubordinate(const QString &partnerId) const
{
    const int seeds = qMin(m_subordinateCount, kSeedSubordinates);
    for (int i = 0; i < seeds; ++i) {
        if (m_seedSubordinates.at(i).value(u"partnerId"_s).toString() == partnerId)
            return true;
    }
    bool ok = false;
    const qint64 value = partnerId.toLongLong(&ok);
    if (!ok || value < kGeneratedPartnerBase
        || (value - kGeneratedPartnerBase) % kGeneratedPartnerStride != 0)
        return false;
    const qint64 index = (value - kGeneratedPartnerBase) / kGeneratedPartnerStride;
    return index >= seeds && index < m_subordinateCount && generatedPartnerId(int(index)) == partnerId
        && !isRevised(int(index), 0);
}

QList<QPair<QString, QString>> PracticeDirectory::seedCustomers() const
{
    QList<QPair<QString, QString>> customers;
    for (const QJsonObject &object : m_seedSubordinates)
        customers.append({object.value(u"partnerId"_s).toString(), object.value(u"company"_s).toString()});
    return customers;
}

QString PracticeDirectory::companyOf(const QString &partnerId) const
{
    for (const QJsonObject &object : m_seedSubordinates) {
        if (object.value(u"partnerId"_s).toString() == partnerId)
            return object.value(u"company"_s).toString();
    }
    return {};
}

std::optional<QJsonObject> PracticeDirectory::billingContact(const QString &billingContactId) const
{
    for (const QJsonObject &object : m_billingContacts) {
        if (object.value(u"billingContactId"_s).toString() == billingContactId)
            return object;
    }
    return std::nullopt;
}

QString PracticeDirectory::generatedPartnerId(int index)
{
    return QString::number(kGeneratedPartnerBase + qint64(index) * kGeneratedPartnerStride);
}

char *PracticeDirectory::writeGeneratedSubordinate(char *out, int index, bool renamed)
{
    // Written with memcpy into memory sized beforehand (keys in Qt's alphabetical order):
    // 100,000 QJsonObjects, or even QByteArray appends, take seconds in a debug build.
    // Every piece is ASCII without quotes or backslashes, so nothing needs escaping.
    const size_t i = size_t(index);
    const Place &place = kPlaces[i % kPlaces.size()];
    const char *first = kFirstNames[i % kFirstNames.size()];
    const char *last = kLastNames[(i / 3) % kLastNames.size()];
    out = put(out, "{\"city\":\"");
    out = put(out, place.city);
    out = put(out, "\",\"company\":\"");
    out = put(out, last);
    *out++ = ' ';
    out = put(out, kTrades[(i / 7) % kTrades.size()]);
    *out++ = ' ';
    out = putNumber(out, index);
    if (renamed)
        out = put(out, " (renamed)");
    out = put(out, "\",\"country\":\"");
    out = put(out, place.country);
    out = put(out, "\",\"email\":\"");
    out = put(out, kFirstNamesLower[i % kFirstNamesLower.size()]);
    *out++ = '.';
    out = put(out, kLastNamesLower[(i / 3) % kLastNamesLower.size()]);
    *out++ = '.';
    out = putNumber(out, index);
    out = put(out, "@customer.example\",\"firstName\":\"");
    out = put(out, first);
    out = put(out, "\",\"lastName\":\"");
    out = put(out, last);
    out = put(out, "\",\"partnerId\":\"");
    out = putNumber(out, kGeneratedPartnerBase + qint64(index) * kGeneratedPartnerStride);
    out = put(out, "\",\"phoneNumber\":\"");
    out = put(out, place.phonePrefix);
    out = putNumber(out, 1000 + index % 9000);
    out = put(out, "\",\"remark\":\"");
    if (index % 5 == 0)
        out = put(out, "generated");
    out = put(out, "\",\"stateProvince\":\"");
    out = put(out, place.stateProvince);
    out = put(out, "\",\"street\":\"");
    out = putNumber(out, 1 + index % 250);
    *out++ = ' ';
    out = put(out, kStreets[i % kStreets.size()]);
    out = put(out, "\",\"taxNum\":\"");
    if (index % 3 != 0) {
        out = put(out, "TX");
        out = putNumber(out, 100000000 + index);
    }
    out = put(out, "\",\"userType\":\"Enduser\",\"zipCode\":\"");
    out = put(out, place.zipCode);
    out = put(out, "\"}");
    return out;
}

QJsonObject PracticeDirectory::generatedBillingContact(int index)
{
    const size_t i = size_t(index);
    const QString first = QLatin1String(kFirstNames[i % kFirstNames.size()]);
    const QString last = QLatin1String(kLastNames[(i / 3) % kLastNames.size()]);
    const Place &place = kPlaces[i % kPlaces.size()];
    return contact(QString::number(kGeneratedContactBase + qint64(index) * kGeneratedContactStride), first,
                   last, u"Example Reseller B.V."_s, u"billing%1@reseller.example"_s.arg(index),
                   QLatin1String(place.phonePrefix) + QString::number(2000 + index),
                   u"Billing Street %1"_s.arg(index), QLatin1String(place.city),
                   QLatin1String(place.stateProvince), QLatin1String(place.zipCode),
                   QLatin1String(place.country), QString(), u"generated"_s);
}

QList<QJsonObject> PracticeDirectory::seedBillingContacts()
{
    return {
        contact(u"3197218168379846218"_s, u"Sanne"_s, u"de Vries"_s, u"Example Reseller B.V."_s,
                u"invoices@reseller.example"_s, u"+31 10 000 0000"_s, u"Coolsingel 1"_s, u"Rotterdam"_s,
                u"Zuid-Holland"_s, u"3011 AD"_s, u"Netherlands"_s, u"NL000099998B57"_s, u"default"_s),
        contact(u"3197218168379846301"_s, u"Pieter"_s, u"Bakker"_s, u"Example Reseller B.V."_s,
                u"accounts.payable@reseller.example"_s, u"+31 20 000 0000"_s, u"Damrak 70"_s, u"Amsterdam"_s,
                u"Noord-Holland"_s, u"1012 LM"_s, u"Netherlands"_s, u"NL000099998B57"_s,
                u"accounts payable"_s),
        contact(u"3197218168379846357"_s, u"Lotte"_s, u"Peeters"_s, u"Example Reseller België BV"_s,
                u"facturen@reseller-be.example"_s, u"+32 3 000 00 00"_s, u"Meir 24"_s, u"Antwerpen"_s,
                u"Antwerpen"_s, u"2000"_s, u"Belgium"_s, u"BE0999999999"_s, QString()),
    };
}

QList<QJsonObject> PracticeDirectory::seedSubordinates()
{
    return {
        subordinate(u"3201877455120978000"_s, u"Jürgen"_s, u"Müller"_s, u"Müller Bürotechnik GmbH"_s,
                    u"it@mueller-buerotechnik.example"_s, u"+49 89 0000 0000"_s, u"Sendlinger Straße 7"_s,
                    u"München"_s, u"Bayern"_s, u"80331"_s, u"Germany"_s, u"DE999999999"_s, u""_s),
        subordinate(u"3201877455120978047"_s, u"伟"_s, u"王"_s, u"北京远航科技有限公司"_s,
                    u"wang.wei@yuanhang-tech.example"_s, u"+86 10 0000 0000"_s, u"朝阳区建国路 88 号"_s,
                    u"北京"_s, u"北京市"_s, u"100022"_s, u"China"_s, u"91110105MA00000000"_s,
                    u"两个分支机构"_s),
        subordinate(u"3201877455120978093"_s, u"Hélène"_s, u"Lefèvre"_s, u"Société Générale de Téléphonie"_s,
                    u"h.lefevre@sgt-telephonie.example"_s, u"+33 1 00 00 00 00"_s,
                    u"12 Rue de la République"_s, u"Paris"_s, u"Île-de-France"_s, u"75002"_s, u"France"_s,
                    u"FR00123456789"_s, u""_s),
        subordinate(u"3201877455120978121"_s, u"Mark"_s, u"Rivera"_s, u"Lone Star Dental LLC"_s,
                    u"office@lonestardental.example"_s, u"+1 512 555 0147"_s, u"400 Congress Ave"_s,
                    u"Austin"_s, u"Texas"_s, u"78701"_s, u"United States"_s, u""_s, u"3 sites"_s),
        subordinate(u"3201877455120978186"_s, u"Ingrid"_s, u"Søreide"_s, u"Nordlys Hotell AS"_s,
                    u"drift@nordlys-hotell.example"_s, u"+47 55 00 00 00"_s, u"Bryggen 15"_s, u"Bergen"_s,
                    u"Vestland"_s, u"5003"_s, u"Norway"_s, u"NO999999999MVA"_s, u""_s),
        subordinate(u"3201877455120978233"_s, u"健太"_s, u"田中"_s, u"田中ロジスティクス株式会社"_s,
                    u"k.tanaka@tanaka-logistics.example"_s, u"+81 3 0000 0000"_s, u"港区芝浦 3-1-1"_s,
                    u"東京"_s, u"東京都"_s, u"108-0023"_s, u"Japan"_s, u""_s, u""_s),
        subordinate(u"3201877455120978270"_s, u"João"_s, u"Conceição"_s, u"Construtora Horizonte Ltda."_s,
                    u"ti@horizonte.example"_s, u"+55 11 0000 0000"_s, u"Avenida Paulista 1000"_s,
                    u"São Paulo"_s, u"SP"_s, u"01310-100"_s, u"Brazil"_s, u"00.000.000/0001-00"_s,
                    u"obra nova"_s),
        subordinate(u"3201877455120978315"_s, u"Olivia"_s, u"O'Brien"_s,
                    u"Kangaroo Valley Veterinary Clinic Pty Ltd"_s, u"reception@kv-vet.example"_s,
                    u"+61 2 0000 0000"_s, u"165 Moss Vale Road"_s, u"Kangaroo Valley"_s, u"New South Wales"_s,
                    u"2577"_s, u"Australia"_s, u"51 824 753 556"_s, u"after-hours line"_s),
    };
}
