#include "LevelCountModel.h"

#include "ModelRoles.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace kindred {
namespace {

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

LevelCountModel::LevelCountModel(QObject *parent) : QAbstractTableModel(parent) {}

void LevelCountModel::setCounts(const LevelCounts &counts, const LevelRules &rules,
                                const QDate &day)
{
    beginResetModel();
    m_counts = counts;
    m_rules = rules;
    m_day = day;
    m_hasData = true;
    endResetModel();
}

void LevelCountModel::clear()
{
    beginResetModel();
    m_counts = {};
    m_hasData = false;
    endResetModel();
}

int LevelCountModel::total() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n;
}

void LevelCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_hasData)
        emit dataChanged(index(0, 0), index(TotalRow, ColumnCount - 1));
}

QString LevelCountModel::weightText(const LevelRules &rules)
{
    return tr("activity weight = %1 × messages + %2 × replies + %3 × reactions given, over the "
              "last 30 days")
        .arg(number(rules.messageWeight), number(rules.replyWeight), number(rules.reactionWeight));
}

QString LevelCountModel::ruleText(Level level, const LevelRules &rules)
{
    auto orWeight = [](double threshold) {
        return threshold > 0 ? tr("; or an activity weight of at least %1").arg(number(threshold))
                             : QString();
    };
    switch (level) {
    case Level::Exploring:
        return tr("seen in the community, no milestone of a higher level met");
    case Level::Participating:
        return tr("active on at least %1 days in each of the last %2 weeks, or on at least %3 "
                  "of the last 30 days")
                   .arg(rules.weekActiveDays)
                   .arg(rules.weeks)
                   .arg(rules.monthActiveDays) +
               orWeight(rules.participatingWeight);
    case Level::Contributing:
        return tr("active on at least %1 of the last 30 days with at least %2 contributions "
                  "(replies and knowledge posts) in them")
                   .arg(rules.contributingActiveDays)
                   .arg(rules.contributingContributions) +
               orWeight(rules.contributingWeight);
    case Level::Leading:
        return tr("active on at least %1 of the last 90 days and among the top %2% of the "
                  "contributors of those 90 days")
                   .arg(rules.leadingActiveDays)
                   .arg(rules.leadingTopPercent) +
               orWeight(rules.leadingWeight);
    }
    return {};
}

QColor LevelCountModel::levelColor(Level level)
{
    switch (level) {
    case Level::Exploring:
        return QColor(0x94, 0xa3, 0xb8);
    case Level::Participating:
        return QColor(0x14, 0xb8, 0xa6);
    case Level::Contributing:
        return QColor(0x3b, 0x82, 0xf6);
    case Level::Leading:
        return QColor(0xf5, 0x9e, 0x0b);
    }
    return {};
}

QIcon LevelCountModel::levelDot(Level level)
{
    QPixmap pm(24, 24);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(levelColor(level));
    p.drawEllipse(QRectF(5, 5, 14, 14));
    p.end();
    return QIcon(pm);
}

int LevelCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasData ? 0 : kLevelCount + 1;
}

int LevelCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LevelCountModel::count(int row) const
{
    return row == TotalRow ? total() : m_counts.at(size_t(row));
}

QString LevelCountModel::tooltip(int row, int column) const
{
    const QLocale locale;
    const QString day = m_day.toString(Qt::ISODate);
    if (row == TotalRow)
        return tr("%1 members seen in the community by the end of %2 (a message, a reaction or "
                  "a join); every member has exactly one level")
            .arg(locale.toString(total()), day);
    const Level level = Level(row + 1);
    const QString rule = ruleText(level, m_rules);
    switch (column) {
    case Members:
        return tr("%1 members are %2 on %3: %4.\nPromotion at once, demotion only at the "
                  "month-end review (the last day of each month).")
            .arg(locale.toString(count(row)), LevelCalculator::name(level), day, rule);
    case Share:
        return tr("%1 of %2 members = %3")
            .arg(locale.toString(count(row)), locale.toString(total()),
                 locale.toString(total() > 0 ? 100.0 * count(row) / total() : 0.0, 'f', 1) +
                     QLatin1Char('%'));
    default:
        return rule + QLatin1Char('\n') + weightText(m_rules) + QLatin1Char('\n') +
               tr("contribution = a reply, or a knowledge post (long post, link, code, file)");
    }
}

QVariant LevelCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int n = count(row);
    const double share = total() > 0 ? double(n) / total() : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LevelColumn:
            return row == TotalRow ? tr("All members") : LevelCalculator::name(Level(row + 1));
        case Members:
            return QLocale().toString(n);
        case Share:
            return QString(QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%'));
        case Rule:
            return row == TotalRow ? QString() : ruleText(Level(row + 1), m_rules);
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case LevelColumn:
            return row == TotalRow ? QStringLiteral("total") : LevelCalculator::key(Level(row + 1));
        case Members:
            return n;
        case Share:
            return share;
        case Rule:
            return row == TotalRow ? QString() : ruleText(Level(row + 1), m_rules);
        }
        break;
    case LevelRole:
        return row == TotalRow ? 0 : row + 1;
    case Qt::DecorationRole:
        if (column == LevelColumn && row != TotalRow)
            return levelDot(Level(row + 1));
        break;
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::FontRole:
        if (row == TotalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Members || column == Share)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LevelCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LevelColumn:
            return tr("Level");
        case Members:
            return tr("Members");
        case Share:
            return tr("Share");
        case Rule:
            return tr("Reached by");
        }
    } else if (role == Qt::TextAlignmentRole && (section == Members || section == Share)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
