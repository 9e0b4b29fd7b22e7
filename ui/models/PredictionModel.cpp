#include "PredictionModel.h"

#include "ModelRoles.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace kindred {
namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%');
}

QString signedNumber(double v, int decimals)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', decimals);
}

/// A feature value: integers without decimals, others with two.
QString featureValue(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return QLocale().toString(qint64(std::llround(v)));
    return QLocale().toString(v, 'f', 2);
}

} // namespace

PredictionModel::PredictionModel(QObject *parent) : QAbstractTableModel(parent) {}

void PredictionModel::setReport(const PredictionReport &report)
{
    beginResetModel();
    m_report = report;
    if (!m_report.ok)
        m_report.members.clear();
    endResetModel();
}

void PredictionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PredictionModel::activityError(const PredictionReport &r)
{
    return tr("MAE %1 days (baseline %2), RMSE %3 (baseline %4)")
        .arg(number(r.mae, 2), number(r.baselineMae, 2), number(r.rmse, 2),
             number(r.baselineRmse, 2));
}

QString PredictionModel::churnQuality(const PredictionReport &r)
{
    return tr("AUC %1 (baseline %2)").arg(number(r.auc, 3), number(r.baselineAuc, 3));
}

QString PredictionModel::termText(const PredictionTerm &term, int decimals)
{
    return tr("%1 = %2 (%3)")
        .arg(PredictionFeatures::label(term.feature), featureValue(term.value),
             signedNumber(term.contribution, decimals));
}

QString PredictionModel::activityTip(const MemberPrediction &p) const
{
    const PredictionReport &r = m_report;
    QStringList lines;
    lines << tr("Predicted active days from %1 to %2: %3 of 30")
                 .arg(r.lastDay.addDays(1).toString(Qt::ISODate),
                      r.lastDay.addDays(kPredictionHorizonDays).toString(Qt::ISODate),
                      number(p.activeDaysNext, 1));
    lines << tr("Least squares on 8 behaviour features, refitted on the cut-off %1 (%2 members).")
                 .arg(r.eval.cutoff.toString(Qt::ISODate), QLocale().toString(r.eval.rows));
    lines << tr("Error on held-out history (trained at %1, scored on %2 members at %3, actual "
                "activity %4 to %5): %6; the baseline is \"same as the last 30 days\".")
                 .arg(r.train.cutoff.toString(Qt::ISODate), QLocale().toString(r.eval.rows),
                      r.eval.cutoff.toString(Qt::ISODate), r.eval.labelsFrom.toString(Qt::ISODate),
                      r.eval.labelsTo.toString(Qt::ISODate), activityError(r));
    lines << tr("Why (active days added to the average member's %1):")
                 .arg(number(r.activityIntercept, 1));
    for (const PredictionTerm &t : p.activityWhy)
        lines << QStringLiteral("  • ") + termText(t, 1);
    return lines.join(QLatin1Char('\n'));
}

QString PredictionModel::churnTip(const MemberPrediction &p) const
{
    const PredictionReport &r = m_report;
    QStringList lines;
    lines << tr("Churn risk %1: the probability of no activity from %2 to %3")
                 .arg(percent(p.churnProbability), r.lastDay.addDays(1).toString(Qt::ISODate),
                      r.lastDay.addDays(kPredictionHorizonDays).toString(Qt::ISODate));
    lines << tr("Logistic regression (L2) on 8 behaviour features, refitted on the cut-off %1 "
                "(%2 members, %3 churned).")
                 .arg(r.eval.cutoff.toString(Qt::ISODate), QLocale().toString(r.eval.rows),
                      QLocale().toString(r.eval.churned));
    lines << tr("Quality on held-out history (trained at %1, scored on %2 members at %3, %4 of "
                "them churned): %5; the baseline ranks by days since last active. Log-loss %6, "
                "accuracy %7 at 50% (always guessing the larger class: %8).")
                 .arg(r.train.cutoff.toString(Qt::ISODate), QLocale().toString(r.eval.rows),
                      r.eval.cutoff.toString(Qt::ISODate), QLocale().toString(r.eval.churned),
                      churnQuality(r), number(r.logLoss, 3), percent(r.accuracy),
                      percent(r.majorityAccuracy));
    lines << tr("Why (log-odds added to the average member's %1):")
                 .arg(signedNumber(r.churnIntercept, 2));
    for (const PredictionTerm &t : p.churnWhy)
        lines << QStringLiteral("  • ") + termText(t, 2);
    return lines.join(QLatin1Char('\n'));
}

int PredictionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.members.size());
}

int PredictionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberPrediction &p = prediction(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return p.name.isEmpty() ? tr("(member %1)").arg(p.memberId) : p.name;
        case ActiveDaysNext:
            return number(p.activeDaysNext, 1);
        case ChurnRisk:
            return percent(p.churnProbability);
        case ActiveDays30:
            return p.activeDays30;
        case DaysSinceActive:
            return p.daysSinceActive;
        case Why: {
            QStringList terms;
            for (const PredictionTerm &t : p.churnWhy)
                terms << termText(t, 2);
            return terms.join(QStringLiteral("; "));
        }
        case MemberId:
            return p.memberId;
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Name:
            return p.name;
        case ActiveDaysNext:
            return role == SortRole ? QVariant(p.activeDaysNext)
                                    : QVariant(QString::number(p.activeDaysNext, 'f', 2));
        case ChurnRisk:
            return role == SortRole ? QVariant(p.churnProbability)
                                    : QVariant(QString::number(p.churnProbability, 'f', 4));
        case ActiveDays30:
            return p.activeDays30;
        case DaysSinceActive:
            return p.daysSinceActive;
        case Why:
            return data(index, Qt::DisplayRole);
        case MemberId:
            return p.memberId;
        }
        break;
    case IdRole:
        return p.memberId;
    case ChurnRole:
        return p.churnProbability;
    case Qt::ToolTipRole:
        switch (column) {
        case ActiveDaysNext:
            return activityTip(p);
        case ChurnRisk:
        case Why:
            return churnTip(p);
        case ActiveDays30:
            return tr("Active days (posted, replied or reacted) from %1 to %2")
                .arg(m_report.lastDay.addDays(-29).toString(Qt::ISODate),
                     m_report.lastDay.toString(Qt::ISODate));
        case DaysSinceActive:
            return tr("Days from the last active day to %1")
                .arg(m_report.lastDay.toString(Qt::ISODate));
        default:
            return tr("Double-click to open the member");
        }
    case Qt::TextAlignmentRole:
        if (column == Name || column == Why)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant PredictionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Member");
        case ActiveDaysNext:
            return tr("Active days, next 30");
        case ChurnRisk:
            return tr("Churn risk");
        case ActiveDays30:
            return tr("Active days, last 30");
        case DaysSinceActive:
            return tr("Days since active");
        case Why:
            return tr("Why (churn log-odds)");
        case MemberId:
            return tr("Member ID");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ActiveDaysNext:
            return tr("Predicted days with activity in the next 30 days (least squares), "
                      "0..30; error: %1")
                .arg(activityError(m_report));
        case ChurnRisk:
            return tr("Probability of no activity in the next 30 days (logistic regression); "
                      "quality: %1")
                .arg(churnQuality(m_report));
        case Why:
            return tr("The features that moved the churn risk most: value (log-odds added)");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int((section == Name || section == Why ? Qt::AlignLeft : Qt::AlignRight) |
                   Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
