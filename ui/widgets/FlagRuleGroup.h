#pragma once
// One rule of the flag-rule editor (FlagRulesEditor, PRODUCT.md §4, issue 7): a framed group
// titled with the rule's name, an "Enabled" check box and the severity (1 low .. 3 high) in
// its header, the rule's current definition in one line (FlagRules::describe), the rule's
// fields (numbers and one-entry-per-line lists, added by the editor) and an inline error line
// under them. Unchecking "Enabled" greys the fields out; the values are kept. The group only
// shows and collects values: FlagRulesEditor validates and saves them.

#include "moderation/FlagRules.h"

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace kindred {

class FlagRuleGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagRuleGroup)
public:
    explicit FlagRuleGroup(FlagRule rule, QWidget *parent = nullptr);

    FlagRule rule() const { return m_rule; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *severityBox() const { return m_severity; }
    QLabel *errorLabel() const { return m_error; }

    bool isRuleEnabled() const;
    /// 1 (low) .. 3 (high).
    int severity() const;
    /// Shows `enabled` and `severity` without emitting edited().
    void setState(bool enabled, int severity);

    /// Adds a number field (object name `name`) accepting 0 .. 10 × FlagRules::kMaxThreshold
    /// so that an out-of-range value can be typed and is reported inline, not clamped.
    QSpinBox *addNumber(const char *name);
    /// Adds a list field (one entry per line) of `lines` visible lines.
    QPlainTextEdit *addList(const char *name, int lines);
    /// Label text and tooltip of field `index` (in the order added).
    void setFieldText(int index, const QString &label, const QString &tip);
    /// Label text of field `index`.
    QString fieldText(int index) const;

    /// The one-line definition under the header.
    void setDescription(const QString &text);
    /// The inline error; empty hides it.
    void setError(const QString &message);
    QString error() const;

    /// Sets the title and the header's texts (call on a language change).
    void retranslateUi();

    /// Entries of a list field: lines trimmed, empty lines left out.
    static QStringList lines(const QPlainTextEdit *edit);
    /// Shows `entries` one per line without emitting edited().
    static void setLines(QPlainTextEdit *edit, const QStringList &entries);

signals:
    /// The user changed a value of the group.
    void edited();

private:
    void updateFieldsEnabled();

    FlagRule m_rule;
    QCheckBox *m_enabled;
    QLabel *m_severityLabel;
    QComboBox *m_severity;
    QLabel *m_description;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_error;
    QList<QLabel *> m_fieldLabels;
    QList<QWidget *> m_fieldEditors;
};

} // namespace kindred
