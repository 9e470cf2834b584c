#include "SubordinateTableDiff.h"

#include "api/SubordinateTable.h"

#include <vector>

namespace {

bool sameCustomer(const SubordinateTable &old, int oldRow, const SubordinateTable &fresh, int freshRow)
{
    return old.utf8(oldRow, SubordinateTable::PartnerId) == fresh.utf8(freshRow, SubordinateTable::PartnerId);
}

// The rows of old[begin, oldEnd) and fresh[begin, freshEnd) paired as the same customer
// (ascending), by Myers' O((N + M) D) algorithm; false when it takes more than maxEdits edits.
bool pairMiddle(const SubordinateTable &old, const SubordinateTable &fresh, int begin, int oldEnd,
                int freshEnd, int maxEdits, QList<std::pair<int, int>> &pairs)
{
    const int n = oldEnd - begin;
    const int m = freshEnd - begin;
    const int limit = std::min(n + m, maxEdits);
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace; // v before each round, for walking back
    int rounds = -1;
    for (int d = 0; d <= limit && rounds < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]      // down: a fresh row inserted
                : v[size_t(offset + k - 1)] + 1; // right: an old row removed
            int y = x - k;
            while (x < n && y < m && sameCustomer(old, begin + x, fresh, begin + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                rounds = d;
                break;
            }
        }
    }
    if (rounds < 0)
        return false;
    // Walk back from the end, collecting the diagonal moves (the same customer).
    QList<std::pair<int, int>> reversed;
    int x = n;
    int y = m;
    for (int d = rounds; d >= 0; --d) {
        const std::vector<int> &before = trace[size_t(d)];
        const int k = x - y;
        int previousX = 0;
        int previousY = 0;
        if (d > 0) {
            const bool down
                = k == -d || (k != d && before[size_t(offset + k - 1)] < before[size_t(offset + k + 1)]);
            const int previousK = down ? k + 1 : k - 1;
            previousX = before[size_t(offset + previousK)];
            previousY = previousX - previousK;
            // The snake starts where the edit of round d ended.
            const int snakeX = down ? previousX : previousX + 1;
            const int snakeY = down ? previousY + 1 : previousY;
            while (x > snakeX && y > snakeY) {
                --x;
                --y;
                reversed.append({begin + x, begin + y});
            }
        } else {
            while (x > 0 && y > 0) {
                --x;
                --y;
                reversed.append({begin + x, begin + y});
            }
        }
        x = previousX;
        y = previousY;
    }
    for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
        pairs.append(*it);
    return true;
}

} // namespace

SubordinateTableDiff SubordinateTableDiff::between(const SubordinateTable &old, const SubordinateTable &fresh,
                                                   int maxEdits)
{
    SubordinateTableDiff diff;
    // Most reloads change little: the same customers first and last.
    int begin = 0;
    while (begin < old.size() && begin < fresh.size() && sameCustomer(old, begin, fresh, begin))
        ++begin;
    int oldEnd = old.size();
    int freshEnd = fresh.size();
    while (oldEnd > begin && freshEnd > begin && sameCustomer(old, oldEnd - 1, fresh, freshEnd - 1)) {
        --oldEnd;
        --freshEnd;
    }
    QList<std::pair<int, int>> middle;
    if (!pairMiddle(old, fresh, begin, oldEnd, freshEnd, maxEdits, middle)) {
        diff.tooLarge = true;
        return diff;
    }

    // Every pair, in order: the common beginning, the middle's, the common end; a hunk
    // wherever rows lie between two pairs.
    int previousOld = -1;
    int previousFresh = -1;
    auto pairUpTo = [&](int oldRow, int freshRow) {
        if (oldRow > previousOld + 1 || freshRow > previousFresh + 1) {
            diff.hunks.append(
                {previousOld + 1, oldRow - previousOld - 1, previousFresh + 1, freshRow - previousFresh - 1});
        }
        previousOld = oldRow;
        previousFresh = freshRow;
    };
    auto pair = [&](int oldRow, int freshRow) {
        pairUpTo(oldRow, freshRow);
        if (!old.sameRow(oldRow, fresh, freshRow))
            diff.changedRows.append(freshRow);
    };
    for (int row = 0; row < begin; ++row)
        pair(row, row);
    for (const auto &[oldRow, freshRow] : std::as_const(middle))
        pair(oldRow, freshRow);
    for (int i = 0; i < old.size() - oldEnd; ++i)
        pair(oldEnd + i, freshEnd + i);
    pairUpTo(old.size(), fresh.size()); // whatever is left after the last pair
    return diff;
}
