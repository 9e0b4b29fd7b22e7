#include "RecommendationModels.h"

#include "ModelRoles.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {
namespace {

QString shortDate(qint64 utcSeconds)
{
    if (utcSeconds <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

QString isoDate(qint64 utcSeconds)
{
    return utcSeconds <= 0
               ? QString()
               : QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(Qt::ISODate);
}

QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

// ---------------------------------------------------------------------------------------------

SilentMemberModel::SilentMemberModel(QObject *parent) : QAbstractTableModel(parent) {}

void SilentMemberModel::setResult(const RecommendationResultPtr &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void SilentMemberModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SilentMemberModel::rowOfMember(qint64 memberId) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_result->silent[size_t(i)].memberId == memberId)
            return i;
    return -1;
}

int SilentMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->silent.size());
}

int SilentMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilentMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SilentRecommendations &s = m_result->silent[size_t(index.row())];
    switch (role) {
    case IdRole:
        return s.memberId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case LastEngaged:
            return shortDate(s.lastSeen);
        case Threads:
            return QLocale().toString(int(s.threads.size()));
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case LastEngaged:
            return role == SortRole ? QVariant(s.lastSeen) : QVariant(isoDate(s.lastSeen));
        case Threads:
            return int(s.threads.size());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("Silent: no activity in the last days of the segment window. "
                      "Double-click to open %1.")
                .arg(s.name);
        case LastEngaged:
            return tr("Last post, reply or reaction in a thread");
        case Threads:
            return s.threads.empty()
                       ? tr("No thread shares members with the threads %1 engaged with").arg(s.name)
                       : tr("Threads recommended from %1's history (at most 10)").arg(s.name);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Threads)
            return rightAligned();
        break;
    default:
        break;
    }
    return {};
}

QVariant SilentMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount) {
        switch (section) {
        case Name:
            return tr("Silent member");
        case LastEngaged:
            return tr("Last engaged");
        case Threads:
            return tr("Threads");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

// ---------------------------------------------------------------------------------------------

ReshareModel::ReshareModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReshareModel::setResult(const RecommendationResultPtr &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    if (m_result)
        for (int s = 0; s < int(m_result->silent.size()); ++s)
            for (int r = 0; r < int(m_result->silent[size_t(s)].threads.size()); ++r)
                m_rows.push_back({s, r});
    endResetModel();
}

void ReshareModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReshareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReshareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReshareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const SilentRecommendations &s = m_result->silent[size_t(row.silent)];
    const ThreadRecommendation &rec = s.threads[size_t(row.rank)];
    const ThreadInfo &t = m_result->data.threads[size_t(rec.thread)];
    QStringList because;
    for (const RecommendationReason &why : rec.because)
        because << QStringLiteral("\u201c%1\u201d")
                       .arg(m_result->data.threads[size_t(why.thread)].excerpt.left(60));
    switch (role) {
    case IdRole:
        return s.memberId;
    case Qt::DisplayRole:
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Member:
            return s.name;
        case Rank:
            return row.rank + 1;
        case Thread:
            return t.excerpt;
        case Channel:
            return t.channelName;
        case Date:
            if (role == SortRole)
                return t.startedAt;
            return role == ExportRole ? QVariant(isoDate(t.startedAt))
                                      : QVariant(shortDate(t.startedAt));
        case Score:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(rec.score, 'f', 3))
                                           : QVariant(rec.score);
        case Because:
            return tr("because you engaged with %1").arg(because.join(QStringLiteral(", ")));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Score: {
            QStringList terms;
            for (const RecommendationReason &why : rec.because)
                terms << QStringLiteral("%1 × %2")
                             .arg(QLocale().toString(why.similarity, 'f', 3))
                             .arg(why.engagement);
            return tr("Score = Σ similarity(engaged thread, this thread) × engagement with the "
                      "engaged thread = %1%2 = %3 (cosine over members; engagement: started 3, "
                      "replied 2, reacted 1)")
                .arg(terms.join(QStringLiteral(" + ")),
                     rec.because.size() < 3 ? QString() : QStringLiteral(" + …"),
                     QLocale().toString(rec.score, 'f', 3));
        }
        case Thread:
            return tr("%1\nin #%2, %n message(s)", nullptr, t.messages)
                .arg(t.excerpt, t.channelName);
        case Because:
            return because.join(QLatin1Char('\n'));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Score)
            return rightAligned();
        break;
    default:
        break;
    }
    return {};
}

QVariant ReshareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount) {
        switch (section) {
        case Member:
            return tr("Member");
        case Rank:
            return tr("Rank");
        case Thread:
            return tr("Thread");
        case Channel:
            return tr("Channel");
        case Date:
            return tr("Started");
        case Score:
            return tr("Score");
        case Because:
            return tr("Why");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

// ---------------------------------------------------------------------------------------------

PartnerModel::PartnerModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartnerModel::setMember(const RecommendationResultPtr &result, qint64 memberId)
{
    beginResetModel();
    m_result = result;
    m_member = memberId;
    m_rows = result && memberId > 0 ? result->partners(memberId) : std::vector<PartnerSuggestion>{};
    endResetModel();
}

void PartnerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerSuggestion &p = m_rows[size_t(index.row())];
    QStringList shared;
    for (size_t i = 0; i < p.sharedThreads.size() && i < 3; ++i)
        shared << QStringLiteral("\u201c%1\u201d")
                      .arg(m_result->data.threads[size_t(p.sharedThreads[i])].excerpt.left(50));
    switch (role) {
    case IdRole:
        return p.memberId;
    case Qt::DisplayRole:
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Similarity:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(p.similarity, 'f', 3))
                                           : QVariant(p.similarity);
        case Shared:
            return role == Qt::DisplayRole
                       ? QVariant(QLocale().toString(int(p.sharedThreads.size())))
                       : QVariant(int(p.sharedThreads.size()));
        case SharedThreads:
            return shared.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("Active now and never replied to %1 (nor the other way). Double-click to "
                      "open %2.")
                .arg(m_result->names.value(m_member), p.name);
        case Similarity:
            return tr("Cosine of the two members' engagement over threads: Σ e(a,t)·e(b,t) / "
                      "(‖a‖·‖b‖) = %1")
                .arg(QLocale().toString(p.similarity, 'f', 4));
        case SharedThreads:
            return shared.join(QLatin1Char('\n'));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Similarity || index.column() == Shared)
            return rightAligned();
        break;
    default:
        break;
    }
    return {};
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < ColumnCount) {
        switch (section) {
        case Name:
            return tr("Partner");
        case Similarity:
            return tr("Similarity");
        case Shared:
            return tr("Shared threads");
        case SharedThreads:
            return tr("Threads both engaged with");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
