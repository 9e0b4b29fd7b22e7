#pragma once
// Filters the member table by segment and by a name substring (case-insensitive; works for
// Chinese, which has no case), and sorts numerically through SortRole.

#include <QSortFilterProxyModel>

namespace kindred {

class MemberFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterProxy)
public:
    explicit MemberFilterProxy(QObject *parent = nullptr);

    /// int(Segment) to keep, or -1 for all segments.
    void setSegmentFilter(int segment);
    int segmentFilter() const { return m_segment; }
    /// Keeps members whose name contains `text` (trimmed; empty = all).
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_segment = -1;
    QString m_name;
};

} // namespace kindred
