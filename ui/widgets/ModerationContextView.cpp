#include "ModerationContextView.h"

#include "Theme.h"
#include "charts/ChartFactory.h"
#include "models/ModerationLabels.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

namespace kindred {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Keeps line breaks of chat text in HTML.
QString escText(const QString &s)
{
    QString html = s.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString memberLink(qint64 id, const QString &name)
{
    if (id <= 0)
        return esc(name);
    return QStringLiteral("<a href=\"member:%1\" style=\"text-decoration:none\">%2</a>")
        .arg(id)
        .arg(esc(name));
}

} // namespace

ModerationContextView::ModerationContextView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("moderationContext"));
    setFocusPolicy(Qt::NoFocus);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("member"))
            if (const qint64 id = url.path().toLongLong(); id > 0)
                emit memberRequested(id);
    });
}

void ModerationContextView::showContext(const ModerationContext &context,
                                        const QList<FlagInfo> &queueFlags, const QTimeZone &zone)
{
    m_context = context;
    m_queueFlags = queueFlags;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_message.clear();
    setHtml(render());
}

void ModerationContextView::showMessage(const QString &text)
{
    m_context = ModerationContext{};
    m_queueFlags.clear();
    m_message = text;
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(Theme::mutedText().name(), escText(text)));
}

void ModerationContextView::refresh()
{
    if (m_context.memberId > 0)
        setHtml(render());
    else if (!m_message.isEmpty())
        showMessage(m_message);
}

QString ModerationContextView::time(qint64 utcSecs) const
{
    if (utcSecs <= 0)
        return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ModerationContextView::render() const
{
    const ModerationContext &c = m_context;
    const QString muted = Theme::mutedText().name();
    const bool dark = Theme::isDark();
    const QString highlight = dark ? QStringLiteral("#4a3b12") : QStringLiteral("#fff4cc");
    QString h;
    h += QStringLiteral("<div style=\"font-size:large; font-weight:600\">%1</div>")
             .arg(memberLink(c.memberId, c.memberName));
    QString status = ModerationLabels::memberStatus(c.memberStatus);
    if (c.memberStatus != QLatin1String("active"))
        status = QStringLiteral("<b style=\"color:%1\">%2</b>")
                     .arg(Theme::negative().name(), esc(status));
    else
        status = esc(status);
    h += QStringLiteral("<div style=\"color:%1\">%2</div>")
             .arg(muted, tr("Member #%1 · status %2").arg(c.memberId).arg(status));

    // Segment and level with their why.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    const QString asOf = c.asOf.isValid() ? c.asOf.toString(Qt::ISODate) : QString();
    h += QStringLiteral("<td width=\"50%\" valign=\"top\"><span style=\"color:%1\">%2</span><br>")
             .arg(muted, esc(tr("Segment on %1").arg(asOf)));
    if (c.hasSegment)
        h += QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b><br><small>%3</small>")
                 .arg(ChartFactory::segmentColor(c.segment).name(),
                      esc(ChartFactory::segmentName(c.segment)), esc(c.segmentWhy));
    else
        h += QStringLiteral("—");
    h += QStringLiteral(
             "</td><td width=\"50%\" valign=\"top\"><span style=\"color:%1\">%2</span><br>")
             .arg(muted, esc(tr("Level on %1").arg(asOf)));
    if (c.hasLevel)
        h += QStringLiteral("<b>%1</b><br><small>%2</small>")
                 .arg(esc(tr("%1 · %2").arg(c.level).arg(c.levelName)), esc(c.levelWhy));
    else
        h += QStringLiteral("—");
    h += QStringLiteral("</td></tr></table>");

    // The flag in focus and the member's other open flags in the queue.
    const FlagInfo *focus = nullptr;
    for (const FlagInfo &f : m_queueFlags)
        if (f.id == c.focusFlagId)
            focus = &f;
    for (const FlagInfo &f : c.previousFlags)
        if (!focus && f.id == c.focusFlagId)
            focus = &f;
    if (focus) {
        h += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
                 .arg(esc(tr("Why flagged: %1").arg(ModerationLabels::rule(focus->rule))));
        h += QStringLiteral("<div><span style=\"color:%1\">●</span> %2 · %3 · %4</div>")
                 .arg(ModerationLabels::severityColor(focus->severity).name(),
                      esc(tr("severity %1").arg(ModerationLabels::severity(focus->severity))),
                      esc(tr("score %1").arg(QLocale().toString(focus->score, 'f', 2))),
                      esc(tr("happened %1, flagged %2")
                              .arg(time(focus->occurredAt), time(focus->raisedAt))));
        h += QStringLiteral("<div style=\"margin-top:3px\">%1</div>").arg(escText(focus->why));
    }
    if (m_queueFlags.size() > 1) {
        h += QStringLiteral("<div style=\"color:%1; margin-top:4px\">%2</div>")
                 .arg(muted, esc(tr("%n open flag(s) for this member in the queue", nullptr,
                                    int(m_queueFlags.size()))));
    }

    // The messages around the flagged one.
    if (!c.messages.isEmpty()) {
        h += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
                 .arg(esc(c.channelName.isEmpty()
                              ? tr("Messages around it")
                              : tr("Messages around it in %1").arg(c.channelName)));
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        for (const ContextMessage &m : c.messages) {
            const QString bg =
                m.isFocus ? QStringLiteral(" bgcolor=\"%1\"").arg(highlight) : QString();
            const bool self = m.memberId == c.memberId;
            h += QStringLiteral("<tr%1><td valign=\"top\" width=\"1%\" style=\"color:%2; "
                                "white-space:nowrap\">%3</td><td valign=\"top\">%4%5 %6</td></tr>")
                     .arg(bg, muted, esc(time(m.sentAt)), self ? QStringLiteral("<b>") : QString(),
                          memberLink(m.memberId, m.memberName) +
                              (self ? QStringLiteral("</b>") : QString()),
                          escText(m.text.isEmpty() ? tr("(no text)") : m.text));
        }
        h += QStringLiteral("</table>");
    } else {
        h += QStringLiteral("<p style=\"color:%1\">%2</p>")
                 .arg(muted, esc(tr("This flag names no message.")));
    }

    // History: other flags and previous decisions.
    h += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
             .arg(esc(tr("Other flags (%1)").arg(c.previousFlags.size())));
    if (c.previousFlags.isEmpty()) {
        h += QStringLiteral("<div style=\"color:%1\">%2</div>").arg(muted, esc(tr("None.")));
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const FlagInfo &f : c.previousFlags.mid(0, 12))
            h += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td><td "
                                "style=\"color:%1\">%4</td></tr>")
                     .arg(muted, esc(time(f.raisedAt)), esc(ModerationLabels::rule(f.rule)),
                          esc(ModerationLabels::flagStatus(f.status)));
        h += QStringLiteral("</table>");
        if (c.previousFlags.size() > 12)
            h += QStringLiteral("<div style=\"color:%1\">%2</div>")
                     .arg(muted, esc(tr("… and %1 more").arg(c.previousFlags.size() - 12)));
    }
    h += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>")
             .arg(esc(tr("Previous decisions (%1)").arg(c.previousActions.size())));
    if (c.previousActions.isEmpty()) {
        h += QStringLiteral("<div style=\"color:%1\">%2</div>").arg(muted, esc(tr("None.")));
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const AuditEntry &a : c.previousActions.mid(0, 12))
            h += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td><b>%3</b></td><td>%4</td>"
                                "<td style=\"color:%1\">%5</td></tr>")
                     .arg(muted, esc(time(a.actedAt)), esc(ModerationLabels::action(a.action)),
                          esc(a.reason), esc(tr("by %1").arg(a.actor)));
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace kindred
