#pragma once

#include <QString>

// The 19-digit IDs of the seed tutorials, as the practice portal serves them: the wizard
// tests choose these and compare what the portal received against them.
inline const QString kSeedBillingContact = QStringLiteral("3197218168379846218");
inline const QString kRmpService = QStringLiteral("3375818821640175616");        // Remote Management Premium
inline const QString kTurnkeyPlan = QStringLiteral("3048941892189077504");       // P-Series Turnkey
inline const QString kRecordingMinutes = QStringLiteral("3049032352364388352");  // its Recording Minutes service
inline const QString kLoneStarPartnerId = QStringLiteral("3201877455120978121"); // a seed customer
