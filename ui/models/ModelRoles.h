#pragma once
// Item data roles shared by Kindred's table models.

#include <Qt>

namespace kindred {

enum ModelRole
{
    SortRole = Qt::UserRole + 1,    ///< raw value to sort by (numbers, UTC seconds, keys)
    ExportRole = Qt::UserRole + 2,  ///< value written to CSV (raw numbers, ISO dates)
    SegmentRole = Qt::UserRole + 3, ///< int(Segment) of the row (member models)
    IdRole = Qt::UserRole + 4,      ///< database id of the row's entity
};

} // namespace kindred
