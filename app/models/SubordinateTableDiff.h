#pragma once

#include <QList>

class SubordinateTable;

// How a reloaded customer list differs from the one shown, as few row operations as
// possible, so that the model can tell its views "these rows went, these came, these
// changed" instead of resetting: a view that is reset lays out all 100,000 rows again
// and forgets what was selected. Rows are the same customer when their partner IDs are.
struct SubordinateTableDiff
{
    // Rows old[oldRow, oldRow + removed) replaced by fresh[freshRow, freshRow + inserted).
    struct Hunk
    {
        int oldRow = 0;
        int removed = 0;
        int freshRow = 0;
        int inserted = 0;
    };

    QList<Hunk> hunks;      // in ascending row order
    QList<int> changedRows; // rows of `fresh` kept from `old` whose fields changed, ascending
    bool tooLarge = false;  // more than maxEdits rows removed or inserted: nothing else is set

    bool isEmpty() const { return !tooLarge && hunks.isEmpty() && changedRows.isEmpty(); }

    // The shortest edit (Myers' algorithm over the partner IDs), if it removes and inserts
    // at most `maxEdits` rows; long common beginnings and ends cost one comparison a row.
    static SubordinateTableDiff between(const SubordinateTable &old, const SubordinateTable &fresh,
                                        int maxEdits);
};
