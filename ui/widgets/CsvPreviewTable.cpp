#include "CsvPreviewTable.h"

#include "Theme.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace kindred {
namespace {
constexpr int kMarkedRole = Qt::UserRole + 1;
}

CsvPreviewTable::CsvPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setDefaultSectionSize(140);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setDefaultSectionSize(verticalHeader()->minimumSectionSize() + 6);
}

void CsvPreviewTable::setContents(const QStringList &header, const QList<CsvRecord> &records,
                                  const QList<CsvField> &choices, const QList<CsvField> &assigned)
{
    // Same columns and choices: keep the combos (and the user's scroll position and focus).
    const bool sameCombos = header == m_header && choices == m_choices && rowCount() > 0;
    if (!sameCombos) {
        // The old combos are deleted later: unname them so that only the new ones are found.
        for (int c = 0; c < columnCount(); ++c) {
            if (QWidget *old = cellWidget(0, c)) {
                old->setObjectName(QString());
                removeCellWidget(0, c);
            }
        }
        clearContents();
        setColumnCount(int(header.size()));
        setHorizontalHeaderLabels(header);
    }
    m_header = header;
    m_choices = choices;
    m_lines.clear();
    setRowCount(int(records.size()) + 1);
    QStringList rowLabels{tr("Field")};
    for (const CsvRecord &r : records) {
        rowLabels.append(QString::number(r.line));
        m_lines.append(r.line);
    }
    setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < header.size(); ++c) {
        if (sameCombos) {
            setAssignment(c, assigned.value(c, CsvField::Ignore));
        } else {
            auto *combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("csvField_%1").arg(c));
            combo->addItem(CsvFields::label(CsvField::Ignore), int(CsvField::Ignore));
            for (CsvField f : choices)
                combo->addItem(CsvFields::label(f), int(f));
            const CsvField f = assigned.value(c, CsvField::Ignore);
            combo->setCurrentIndex(std::max(0, combo->findData(int(f))));
            connect(combo, &QComboBox::activated, this, [this, c, combo]() {
                emit assignmentChanged(c, CsvField(combo->currentData().toInt()));
            });
            setCellWidget(0, c, combo);
        }
        for (int r = 0; r < records.size(); ++r) {
            QString text = records.at(r).value(c);
            text.replace(QLatin1Char('\n'), QChar(0x21B5)); // one line per record
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(records.at(r).value(c).left(500));
            setItem(r + 1, c, item);
        }
    }
}

QList<CsvField> CsvPreviewTable::assignments() const
{
    QList<CsvField> out;
    for (int c = 0; c < columnCount(); ++c) {
        const QComboBox *combo = fieldCombo(c);
        out.append(combo ? CsvField(combo->currentData().toInt()) : CsvField::Ignore);
    }
    return out;
}

void CsvPreviewTable::setAssignment(int column, CsvField field)
{
    if (QComboBox *combo = fieldCombo(column)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(int(field))));
    }
}

QComboBox *CsvPreviewTable::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(cellWidget(0, column));
}

bool CsvPreviewTable::isMarked(int row, int column) const
{
    const QTableWidgetItem *it = item(row + 1, column);
    return it && it->data(kMarkedRole).toBool();
}

void CsvPreviewTable::markErrors(const QList<CsvRowError> &errors)
{
    for (int r = 1; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (QTableWidgetItem *it = item(r, c); it && it->data(kMarkedRole).toBool()) {
                it->setData(kMarkedRole, false);
                it->setData(Qt::BackgroundRole, QVariant());
                it->setToolTip(it->text());
            }
        }
    }
    QColor tint = Theme::negative();
    tint.setAlpha(60);
    for (const CsvRowError &e : errors) {
        // The record holding the error's line: the last one starting at or before it.
        int row = -1;
        for (int r = 0; r < m_lines.size() && m_lines.at(r) <= e.line; ++r)
            row = r;
        if (row < 0)
            continue;
        const int column = int(m_header.indexOf(e.column));
        for (int c = 0; c < columnCount(); ++c) {
            if (column >= 0 && c != column)
                continue;
            QTableWidgetItem *it = item(row + 1, c);
            if (!it)
                continue;
            const bool first = !it->data(kMarkedRole).toBool();
            it->setData(kMarkedRole, true);
            it->setData(Qt::BackgroundRole, tint);
            it->setToolTip(first ? e.message : it->toolTip() + QLatin1Char('\n') + e.message);
        }
    }
}

} // namespace kindred
