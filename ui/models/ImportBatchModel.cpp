#include "ImportBatchModel.h"

#include "ModelRoles.h"
#include "PlatformNames.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace kindred {

ImportBatchModel::ImportBatchModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportBatchModel::setBatches(const QList<ImportBatchInfo> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

void ImportBatchModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_batches.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportBatchModel::toolTip(const ImportBatchInfo &b) const
{
    QString tip = b.sourcePath.isEmpty()
                      ? tr("Imported from an unknown place.")
                      : tr("Imported from %1").arg(QDir::toNativeSeparators(b.sourcePath));
    if (!b.sourcePath.isEmpty() && !b.sourceExists)
        tip += QLatin1Char('\n') + tr("This file is no longer there: it cannot be re-imported.");
    tip += QLatin1Char('\n') + tr("Size: %1").arg(QLocale().formattedDataSize(b.sizeBytes));
    if (!b.warnings.isEmpty()) {
        tip += QLatin1String("\n\n") + tr("Warnings:");
        for (const QString &w : b.warnings)
            tip += QStringLiteral("\n• ") + w;
    }
    return tip;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size())
        return {};
    const ImportBatchInfo &b = m_batches.at(index.row());
    const QLocale locale;
    auto number = [&](qint64 v) -> QVariant {
        if (role == Qt::DisplayRole)
            return locale.toString(v);
        if (role == SortRole || role == ExportRole)
            return v;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    if (role == Qt::ToolTipRole)
        return toolTip(b);
    if (role == IdRole)
        return b.id;
    switch (index.column()) {
    case File:
        if (role == Qt::DisplayRole || role == ExportRole)
            return b.fileName;
        if (role == SortRole)
            return b.fileName.toLower();
        return {};
    case Format:
        if (role == Qt::DisplayRole)
            return PlatformNames::name(b.format);
        if (role == SortRole || role == ExportRole)
            return b.format;
        return {};
    case Imported: {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(b.importedAt).toLocalTime();
        if (role == Qt::DisplayRole)
            return locale.toString(t, QLocale::ShortFormat);
        if (role == SortRole)
            return b.importedAt;
        if (role == ExportRole)
            return t.toString(Qt::ISODate);
        return {};
    }
    case MessagesAdded:
        return number(b.messagesAdded);
    case MessagesSkipped:
        return number(b.messagesSkipped);
    case MembersAdded:
        return number(b.membersAdded);
    case Events:
        return number(b.eventsAdded);
    case People:
        return number(b.peopleInExport);
    case Warnings:
        if (role == ExportRole)
            return b.warnings.join(QLatin1Char('\n'));
        return number(b.warnings.size());
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case File:
            return tr("File");
        case Format:
            return tr("Format");
        case Imported:
            return tr("Imported");
        case MessagesAdded:
            return tr("Messages added");
        case MessagesSkipped:
            return tr("Already there");
        case MembersAdded:
            return tr("New members");
        case Events:
            return tr("Events");
        case People:
            return tr("People in export");
        case Warnings:
            return tr("Warnings");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Imported:
            return tr("When the file was imported (your local time)");
        case MessagesSkipped:
            return tr("Messages of this file that an earlier import had already added");
        case MembersAdded:
            return tr("Members this import added to the workspace");
        case Events:
            return tr("Joins, leaves and other events this import added");
        case People:
            return tr("Different people the file names, bots and the exporting account "
                      "included");
        case Warnings:
            return tr("Problems the import noticed (point at a row to read them)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kindred
