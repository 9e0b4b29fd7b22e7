#pragma once
// Table model over the workspace's import batches (ImportBatches::list): one row per imported
// file with what the import added; the tooltip names the warnings and the source file.

#include "import/ImportBatches.h"

#include <QAbstractTableModel>

namespace kindred {

class ImportBatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchModel)
public:
    enum Column
    {
        File,
        Format,
        Imported,
        MessagesAdded,
        MessagesSkipped,
        MembersAdded,
        Events,
        People,
        Warnings,
        ColumnCount
    };

    explicit ImportBatchModel(QObject *parent = nullptr);

    void setBatches(const QList<ImportBatchInfo> &batches);
    const QList<ImportBatchInfo> &batches() const { return m_batches; }
    /// The batch of `row` (of this model, not of a proxy).
    const ImportBatchInfo &batchAt(int row) const { return m_batches.at(row); }
    /// Re-reads translated texts after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const ImportBatchInfo &b) const;

    QList<ImportBatchInfo> m_batches;
};

} // namespace kindred
