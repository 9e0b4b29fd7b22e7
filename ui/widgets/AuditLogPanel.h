#pragma once
// The "Audit log" tab of the Moderation page (issue 7 item 3): every moderation decision,
// newest first (AuditLogModel), filtered by moderator, action, member (name or #id) and a
// range of local days (AuditLogFilterProxy); the rows shown export to CSV (CsvExport: UTF-8
// with BOM; times in ISO 8601 UTC, action keys). The log is append-only in the database:
// nothing here edits it. Double-clicking a row opens the member.

#include "moderation/ModerationStore.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kindred {

class AuditLogFilterProxy;
class AuditLogModel;

class AuditLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPanel)
public:
    explicit AuditLogPanel(QWidget *parent = nullptr);

    /// Shows `entries` (newest first; times in `zone`), keeping the filters set.
    void setEntries(const QList<AuditEntry> &entries, const QTimeZone &zone);
    AuditLogModel *model() const { return m_model; }
    AuditLogFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    /// Writes the rows shown (filtered) to `path` as CSV.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void memberRequested(qint64 memberId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyDates();
    void updateActors();
    void updateCount();
    void chooseCsvFile();

    QComboBox *m_actor;
    QComboBox *m_action;
    QLineEdit *m_member;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_table;
    AuditLogModel *m_model;
    AuditLogFilterProxy *m_proxy;
    bool m_sized = false;
};

} // namespace kindred
