#pragma once
// Table model over the recent sync runs of one source (SyncSourceStore::runs): when each run
// started, how long it took, its result, the last HTTP status, what it downloaded and what it
// added, and why it failed. Also the texts the Sync page shows for a run's result.

#include "sync/SyncSource.h"

#include <QAbstractTableModel>

namespace kindred {

class SyncRunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunModel)
public:
    enum Column
    {
        Started,
        Duration,
        Status,
        HttpStatus,
        Bytes,
        Files,
        MessagesAdded,
        MembersAdded,
        EventsAdded,
        Error,
        ColumnCount
    };

    explicit SyncRunModel(QObject *parent = nullptr);

    /// Shows `runs` (newest first, as SyncSourceStore::runs returns them).
    void setRuns(const QList<SyncRun> &runs);
    const QList<SyncRun> &runs() const { return m_runs; }
    const SyncRun &runAt(int row) const { return m_runs.at(row); }
    /// Re-reads translated texts after a language change.
    void retranslate();

    /// "Updated", "Not modified", "Failed", ... (translated).
    static QString statusText(SyncRun::Status status);
    /// One line about a run: "Updated: 6 messages added", "Not modified", or the error.
    static QString summary(const SyncRun &run);
    /// "4 s", "2 min 5 s", "1 h 3 min".
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SyncRun> m_runs;
};

} // namespace kindred
