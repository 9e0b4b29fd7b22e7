#pragma once
// The Members page: every member seen by the end of the period with segment, activity and
// the reason for the segment; filter by segment and name, sort by any column, export CSV.

#include "Page.h"
#include "analytics/MemberDirectory.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kindred {

class MemberFilterProxy;
class MemberTableModel;

struct MembersData
{
    QList<MemberRow> rows;
    QByteArray timezone;
    int windowDays = SegmentRules{}.windowDays;
};

class MembersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPage)
public:
    explicit MembersPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;
    MemberTableModel *model() const { return m_model; }
    MemberFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    /// Writes the rows shown (filtered and sorted) to `path`.
    bool exportCsv(const QString &path, QString *error) const;

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const MembersData &data);
    void updateCount();
    void chooseCsvFile();

    QComboBox *m_segment;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    MemberTableModel *m_model;
    MemberFilterProxy *m_proxy;
    bool m_sized = false;
};

} // namespace kindred
