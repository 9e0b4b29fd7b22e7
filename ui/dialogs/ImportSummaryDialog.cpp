#include "ImportSummaryDialog.h"

#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace kindred {
namespace {
constexpr int kMaxWarnings = 500;
}

QString ImportSummaryDialog::headlineFor(const ImportOutcome &o)
{
    if (!o.openError.isEmpty())
        return tr("The workspace could not be opened");
    if (o.canceled)
        return o.results.isEmpty() ? tr("Import canceled: nothing was stored")
                                   : tr("Import canceled: unfinished files were not stored");
    if (!o.errors.isEmpty())
        return o.results.isEmpty() ? tr("Import failed: nothing was stored")
                                   : tr("Import finished with errors");
    return tr("Import finished");
}

QString ImportSummaryDialog::summaryFor(const ImportOutcome &o)
{
    const QLocale locale;
    QStringList parts;
    if (!o.openError.isEmpty())
        parts.append(o.openError.toHtmlEscaped());
    for (const ImportResult &r : o.results) {
        const QString file = QFileInfo(r.file).fileName().toHtmlEscaped();
        if (r.alreadyImported) {
            parts.append(
                tr("<b>%1</b>: this content was imported before; nothing was added.").arg(file));
            continue;
        }
        parts.append(tr("<b>%1</b> (%2): %3 messages added, %4 duplicates skipped, %5 new members, "
                        "%6 membership events.")
                         .arg(file, r.format.toHtmlEscaped(), locale.toString(r.messagesAdded),
                              locale.toString(r.messagesSkippedDuplicate),
                              locale.toString(r.membersAdded), locale.toString(r.eventsAdded)));
    }
    for (const ImportError &e : o.errors)
        parts.append(
            tr("<b>%1</b> was not imported: %2")
                .arg(QFileInfo(e.file).fileName().toHtmlEscaped(), e.toString().toHtmlEscaped()));
    if (o.canceled)
        parts.append(tr("The import was canceled; files not finished were rolled back."));
    return parts.join(QStringLiteral("<br/><br/>"));
}

ImportSummaryDialog::ImportSummaryDialog(const ImportOutcome &outcome, QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_summary(new QLabel(this)),
      m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import"));
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_summary->setObjectName(QStringLiteral("importSummaryText"));
    m_details->setObjectName(QStringLiteral("importDetails"));

    m_headline->setText(headlineFor(outcome));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setWeight(QFont::DemiBold);
    m_headline->setFont(big);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(summaryFor(outcome));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumWidth(460);

    QStringList details;
    for (const ImportError &e : outcome.errors)
        details.append(e.toString());
    int warnings = 0;
    for (const ImportResult &r : outcome.results)
        for (const QString &w : r.warnings)
            if (++warnings <= kMaxWarnings)
                details.append(QFileInfo(r.file).fileName() + QStringLiteral(": ") + w);
    if (warnings > kMaxWarnings)
        details.append(tr("… and %1 more warnings").arg(warnings - kMaxWarnings));
    m_details->setReadOnly(true);
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    m_details->setMinimumHeight(details.isEmpty() ? 0 : 140);

    const bool ok = outcome.succeeded();
    auto *icon = new QLabel(this);
    icon->setPixmap(ok ? Icons::appLogo(48)
                       : style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(m_headline);
    text->addWidget(m_summary);
    if (!details.isEmpty()) {
        auto *label = new QLabel(outcome.errors.isEmpty() ? tr("Warnings:") : tr("Details:"), this);
        text->addWidget(label);
    }
    text->addWidget(m_details, 1);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
}

QString ImportSummaryDialog::headline() const
{
    return m_headline->text();
}

QString ImportSummaryDialog::summary() const
{
    return m_summary->text();
}

QString ImportSummaryDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace kindred
