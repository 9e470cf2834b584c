#pragma once

#include "ApiResult.h"
#include "PortalAnswer.h"
#include "SubordinateTable.h"

// partner_list's answer read into a SubordinateTable a few hundred customers at a time
// (JsonListText), never as one document: the same outcome as PortalAnswer::read with
// SubordinateTable::fromJson, in a fraction of the memory. Answers it cannot split that
// way (the list inside an object, duplicate keys, broken JSON) are read as a whole.
namespace SubordinateListAnswer {

ApiResult<SubordinateTable> read(RawReply raw);

} // namespace SubordinateListAnswer
