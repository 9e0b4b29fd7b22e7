#include "PersonaClusterModel.h"

#include "ModelRoles.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

QString signedZ(double z)
{
    return (z >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(z, 'f', 2);
}

} // namespace

PersonaClusterModel::PersonaClusterModel(QObject *parent) : QAbstractTableModel(parent) {}

void PersonaClusterModel::setResult(const PersonasResult &result, bool logRates)
{
    beginResetModel();
    m_result = result;
    m_logRates = logRates;
    endResetModel();
}

double PersonaClusterModel::maxAbsZ() const
{
    double m = 0.0;
    for (const Persona &p : m_result.personas)
        for (double z : p.centroidZ)
            if (std::isfinite(z))
                m = std::max(m, std::abs(z));
    return m > 0 ? m : 1.0;
}

void PersonaClusterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString PersonaClusterModel::shortLabel(MemberFeature feature)
{
    switch (feature) {
    case MemberFeature::MessagesPerWeek:
        return tr("Msgs/week");
    case MemberFeature::ReplyShare:
        return tr("Replies");
    case MemberFeature::ReactionsPerMessage:
        return tr("Reactions/msg");
    case MemberFeature::LinkCodeShare:
        return tr("Links/code");
    case MemberFeature::NightShare:
        return tr("Night");
    case MemberFeature::TenureDays:
        return tr("Tenure");
    }
    return {};
}

int PersonaClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.personas.size());
}

int PersonaClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonaClusterModel::featureTip(const Persona &p, MemberFeature f) const
{
    const size_t i = size_t(f);
    const double z = p.centroidZ[i];
    QString tip = tr("%1: %2 in this cluster, %3 for everyone")
                      .arg(MemberFeatures::label(f), MemberFeatures::formatValue(f, p.centroid[i]),
                           MemberFeatures::formatValue(f, m_result.overallMean[i]));
    tip += QLatin1Char('\n');
    if (m_result.scaleSd[i] <= 0)
        tip += tr("Everyone has the same value: the feature does not tell clusters apart.");
    else
        tip += (z >= 0 ? tr("Cluster mean %1 SD above everyone's mean")
                       : tr("Cluster mean %1 SD below everyone's mean"))
                   .arg(QLocale().toString(std::abs(z), 'f', 2));
    if (m_logRates && Personas::isLogScaled(f))
        tip += QLatin1Char(' ') + tr("(measured on log(1 + x), the feature is heavy-tailed)");
    return tip;
}

QVariant PersonaClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Persona &p = persona(index.row());
    const int column = index.column();
    const double share =
        m_result.memberCount > 0 ? double(p.size) / double(m_result.memberCount) : 0.0;
    const bool feature = column >= FirstFeature && column < ColumnCount;
    const MemberFeature f = MemberFeature(feature ? column - FirstFeature : 0);
    switch (role) {
    case Qt::DisplayRole:
        if (feature)
            return signedZ(p.centroidZ[size_t(f)]);
        switch (column) {
        case Name:
            return p.name;
        case Members:
            return QLocale().toString(p.size);
        case Share:
            return QString(QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%'));
        }
        break;
    case SortRole:
    case ExportRole:
        if (feature)
            return p.centroidZ[size_t(f)];
        switch (column) {
        case Name:
            return p.name;
        case Members:
            return p.size;
        case Share:
            return share;
        }
        break;
    case IdRole:
        return p.key;
    case Qt::ToolTipRole:
        if (feature)
            return featureTip(p, f);
        if (column == Name)
            return p.why;
        return tr("%1 of %2 members clustered (%3%)")
            .arg(QLocale().toString(p.size), QLocale().toString(m_result.memberCount),
                 QLocale().toString(share * 100.0, 'f', 1));
    case Qt::TextAlignmentRole:
        if (column == Name)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant PersonaClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool feature = section >= FirstFeature;
    const MemberFeature f = MemberFeature(feature ? section - FirstFeature : 0);
    if (role == Qt::DisplayRole) {
        if (feature)
            return shortLabel(f);
        switch (section) {
        case Name:
            return tr("Persona");
        case Members:
            return tr("Members");
        case Share:
            return tr("Share");
        }
    } else if (role == Qt::ToolTipRole) {
        if (feature)
            return tr("%1: the cluster's mean in standard deviations from everyone's mean "
                      "(the standardised centroid)")
                .arg(MemberFeatures::label(f));
        switch (section) {
        case Name:
            return tr("Named after the feature the cluster stands out on most (at least 0.5 SD)");
        case Members:
            return tr("Members in the cluster");
        case Share:
            return tr("Share of the members clustered");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((section == Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
