#pragma once
// Translated texts of the moderation keys shown by the Moderation page, its models and the
// PDF report: flag rules, flag statuses, member statuses, severities, action keys. Unknown
// keys are shown as they are stored. Translations in the context "ModerationLabels" (the
// action labels come from ModerationStore::label).

#include <QColor>
#include <QString>

namespace kindred {

class ModerationLabels final
{
public:
    /// "flood" -> "Flooding", "blocked_word" -> "Blocked word", ...
    static QString rule(const QString &key);
    /// Short description of what a rule flags (tooltips).
    static QString ruleHelp(const QString &key);
    /// "dismiss" -> "Dismiss", ... (ModerationStore::label).
    static QString action(const QString &key);
    /// Flag status: open, dismissed, actioned.
    static QString flagStatus(const QString &key);
    /// Member status: active, muted, banned.
    static QString memberStatus(const QString &key);
    /// 1 low, 2 medium, 3 high.
    static QString severity(int severity);
    /// Colour of a severity (grey-blue, amber, red), readable on light and dark palettes.
    static QColor severityColor(int severity);
    /// A wait in seconds as "45 s", "12 min", "5 h", "3 d 4 h".
    static QString age(qint64 seconds);
    /// A duration for statistics: "—" for NaN, else like age().
    static QString duration(double seconds);
};

} // namespace kindred
