#include "FlagRulesEditor.h"

#include "AsyncQuery.h"
#include "FlagRuleGroup.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// A domain name as the link rule compares hosts: labels of letters, digits and "-" joined by
/// dots, ending in a label of at least two letters ("github.com", "例子.中国").
bool isDomain(const QString &entry)
{
    static const QRegularExpression domain(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return domain.match(entry).hasMatch();
}

} // namespace

FlagRulesEditor::FlagRulesEditor(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel), m_status(new QLabel), m_restore(new QPushButton),
      m_apply(new QPushButton), m_rerun(new QPushButton)
{
    for (FlagRule r : FlagRules::all()) {
        auto *g = new FlagRuleGroup(r);
        m_groups.at(size_t(r)) = g;
        connect(g, &FlagRuleGroup::edited, this, &FlagRulesEditor::updateState);
    }
    m_floodMessages = group(FlagRule::Flood)->addNumber("floodMessages");
    m_floodSeconds = group(FlagRule::Flood)->addNumber("floodSeconds");
    m_newcomerDays = group(FlagRule::LinkSpam)->addNumber("newcomerDays");
    m_newcomerMessages = group(FlagRule::LinkSpam)->addNumber("newcomerMessages");
    m_domains = group(FlagRule::LinkSpam)->addList("allowedDomains", 14);
    m_wordsZh = group(FlagRule::BlockedWord)->addList("blockedWordsZh", 9);
    m_wordsEn = group(FlagRule::BlockedWord)->addList("blockedWordsEn", 8);
    m_repeatMinLength = group(FlagRule::RepeatedText)->addNumber("repeatMinLength");
    m_repeatChannels = group(FlagRule::RepeatedText)->addNumber("repeatChannels");
    m_repeatHours = group(FlagRule::RepeatedText)->addNumber("repeatHours");
    m_mentionMin = group(FlagRule::MassMention)->addNumber("mentionMin");

    m_hint->setObjectName(QStringLiteral("flagRulesHint"));
    m_hint->setWordWrap(true);
    m_hint->setMargin(10);
    m_hint->setAutoFillBackground(true);
    m_status->setObjectName(QStringLiteral("flagRulesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreFlagRules"));
    m_apply->setObjectName(QStringLiteral("applyFlagRules"));
    m_rerun->setObjectName(QStringLiteral("rerunFlagRules"));
    connect(m_apply, &QPushButton::clicked, this, &FlagRulesEditor::apply);
    connect(m_restore, &QPushButton::clicked, this, &FlagRulesEditor::restoreDefaults);
    connect(m_rerun, &QPushButton::clicked, this, &FlagRulesEditor::rerun);

    // Three columns, each group at its natural height: the short rules, the link rule with
    // its domain list, the word lists.
    const QList<QList<FlagRule>> columns = {
        {FlagRule::Flood, FlagRule::RepeatedText, FlagRule::MassMention, FlagRule::MemberReport},
        {FlagRule::LinkSpam},
        {FlagRule::BlockedWord}};
    auto *grid = new QHBoxLayout;
    grid->setSpacing(10);
    for (const QList<FlagRule> &rules : columns) {
        auto *column = new QVBoxLayout;
        column->setSpacing(10);
        for (FlagRule r : rules)
            column->addWidget(group(r));
        column->addStretch(1);
        grid->addLayout(column, 1);
    }
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 6, 0);
    innerLayout->addWidget(m_hint);
    innerLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    setRules(FlagRules{});
    retranslateUi();
    updateState();
}

void FlagRulesEditor::setWorkspace(const QString &path)
{
    const bool sameWorkspace = path == m_path && m_loaded;
    if (sameWorkspace && !(rules() == m_saved))
        return; // keep what the user is editing
    m_path = path;
    loadRules(!sameWorkspace);
}

void FlagRulesEditor::loadRules(bool replaceEdits)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    updateState();
    AsyncQuery::run<FlagRules>(
        this, m_path,
        [](Database &db, FlagRules *out, QString *) {
            *out = FlagRules::load(db);
            return true;
        },
        [this, generation, replaceEdits](const QueryResult<FlagRules> &r) {
            if (generation != m_generation)
                return;
            m_busy = false;
            // Edits begun on the same workspace while the read ran are kept.
            const bool edited = !(rules() == m_saved);
            m_loaded = r.ok;
            if (r.ok) {
                m_saved = r.value;
                if (replaceEdits || !edited)
                    setRules(r.value);
                if (replaceEdits)
                    setStatus(QString(), false); // a result shown is about this workspace
            } else {
                setStatus(r.error, true);
            }
            updateState();
            emit rulesLoaded();
        });
}

FlagRules FlagRulesEditor::rules() const
{
    FlagRules r;
    for (FlagRule rule : FlagRules::all()) {
        r.setEnabled(rule, group(rule)->isRuleEnabled());
        r.severity.at(size_t(rule)) = group(rule)->severity();
    }
    r.floodMessages = m_floodMessages->value();
    r.floodSeconds = m_floodSeconds->value();
    r.newcomerDays = m_newcomerDays->value();
    r.newcomerMessages = m_newcomerMessages->value();
    r.allowedDomains = FlagRuleGroup::lines(m_domains);
    r.blockedWordsZh = FlagRuleGroup::lines(m_wordsZh);
    r.blockedWordsEn = FlagRuleGroup::lines(m_wordsEn);
    r.repeatMinLength = m_repeatMinLength->value();
    r.repeatChannels = m_repeatChannels->value();
    r.repeatHours = m_repeatHours->value();
    r.mentionMin = m_mentionMin->value();
    return r;
}

void FlagRulesEditor::setRules(const FlagRules &r)
{
    for (FlagRule rule : FlagRules::all())
        group(rule)->setState(r.isEnabled(rule), r.severityOf(rule));
    const QList<std::pair<QSpinBox *, int>> numbers = {
        {m_floodMessages, r.floodMessages},     {m_floodSeconds, r.floodSeconds},
        {m_newcomerDays, r.newcomerDays},       {m_newcomerMessages, r.newcomerMessages},
        {m_repeatMinLength, r.repeatMinLength}, {m_repeatChannels, r.repeatChannels},
        {m_repeatHours, r.repeatHours},         {m_mentionMin, r.mentionMin}};
    for (const auto &[box, value] : numbers) {
        const QSignalBlocker block(box);
        box->setValue(value);
    }
    FlagRuleGroup::setLines(m_domains, r.allowedDomains);
    FlagRuleGroup::setLines(m_wordsZh, r.blockedWordsZh);
    FlagRuleGroup::setLines(m_wordsEn, r.blockedWordsEn);
    updateState();
}

QString FlagRulesEditor::validate()
{
    const QLocale locale;
    const int max = FlagRules::kMaxThreshold;
    std::array<QStringList, kFlagRuleCount> errors;
    struct Number
    {
        FlagRule rule;
        QSpinBox *box;
        int fieldIndex;
        int min;
    };
    const Number numbers[] = {{FlagRule::Flood, m_floodMessages, 0, 1},
                              {FlagRule::Flood, m_floodSeconds, 1, 1},
                              {FlagRule::LinkSpam, m_newcomerDays, 0, 1},
                              {FlagRule::LinkSpam, m_newcomerMessages, 1, 1},
                              {FlagRule::RepeatedText, m_repeatMinLength, 0, 1},
                              {FlagRule::RepeatedText, m_repeatChannels, 1, 2},
                              {FlagRule::RepeatedText, m_repeatHours, 2, 1},
                              {FlagRule::MassMention, m_mentionMin, 0, 1}};
    for (const Number &n : numbers) {
        const int v = n.box->value();
        if (v >= n.min && v <= max)
            continue;
        const QString what = group(n.rule)->fieldText(n.fieldIndex);
        if (n.box == m_repeatChannels && v < 2)
            errors.at(size_t(n.rule))
                .append(tr("Repeated text needs at least 2 channels (one channel is not "
                           "repetition across channels)."));
        else
            errors.at(size_t(n.rule))
                .append(tr("“%1” must be between %2 and %3 (now %4).")
                            .arg(what, locale.toString(n.min), locale.toString(max),
                                 locale.toString(v)));
    }
    QStringList badDomains;
    for (const QString &d : FlagRuleGroup::lines(m_domains)) {
        QString host = d.toLower();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        if (!isDomain(host))
            badDomains.append(QStringLiteral("“%1”").arg(d));
    }
    if (!badDomains.isEmpty())
        errors.at(size_t(FlagRule::LinkSpam))
            .append(tr("Not a domain name: %1. Write one domain per line, like github.com "
                       "(no http://, no path).")
                        .arg(badDomains.join(QStringLiteral(", "))));
    QString first;
    for (FlagRule r : FlagRules::all()) {
        const QString message = errors.at(size_t(r)).join(QLatin1Char('\n'));
        group(r)->setError(message);
        if (first.isEmpty() && !message.isEmpty())
            first = FlagRules::label(r) + QStringLiteral(": ") + errors.at(size_t(r)).first();
    }
    if (first.isEmpty()) {
        QString error;
        if (!rules().validate(&error))
            first = error; // whatever the core refuses beyond the checks above
    }
    return first;
}

void FlagRulesEditor::updateState()
{
    m_validationError = validate();
    const FlagRules current = rules();
    const bool valid = m_validationError.isEmpty();
    const bool dirty = !(current == m_saved);
    for (FlagRule r : FlagRules::all())
        group(r)->setDescription(current.describe(r));
    m_apply->setEnabled(m_loaded && !m_busy && valid && dirty);
    m_restore->setEnabled(m_loaded && !m_busy && !(current == FlagRules{}));
    m_rerun->setEnabled(m_loaded && !m_busy && !dirty);
    if (!valid)
        setStatus(tr("Cannot apply: %1").arg(m_validationError), true, true);
    else if (dirty && m_loaded && !m_busy)
        setStatus(tr("Changed, not saved yet: Apply saves the rules for the next import and "
                     "sync."),
                  false, true);
    else if (m_statusTransient)
        setStatus(QString(), false);
}

void FlagRulesEditor::setStatus(const QString &text, bool error, bool transient)
{
    // Messages about the editors' state go when the state goes; results of a save or a run
    // stay until the next edit.
    m_statusTransient = transient;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::negative().name())
                                  : QString());
}

void FlagRulesEditor::apply()
{
    const FlagRules toSave = rules();
    if (!m_loaded || m_busy || !validate().isEmpty())
        return;
    m_busy = true;
    updateState();
    AsyncQuery::run<bool>(
        this, m_path,
        [toSave](Database &db, bool *saved, QString *error) {
            *saved = toSave.save(db, error);
            return *saved;
        },
        [this, toSave](const QueryResult<bool> &r) {
            m_busy = false;
            QString message;
            if (r.ok) {
                m_saved = toSave;
                message = tr("Saved. The rules apply to the next import and sync; “%1” applies "
                             "them to the messages already here.")
                              .arg(m_rerun->text().remove(QLatin1Char('&')));
            } else {
                message = tr("The rules were not saved: %1").arg(r.error);
            }
            updateState();
            setStatus(message, !r.ok);
            if (r.ok)
                m_rerun->setFocus();
            emit statusMessage(message);
            emit applied(r.ok, message);
        });
}

void FlagRulesEditor::restoreDefaults()
{
    setRules(FlagRules{});
}

void FlagRulesEditor::rerun()
{
    if (!m_loaded || m_busy)
        return;
    m_busy = true;
    updateState();
    setStatus(tr("Running the rules over the whole history…"), false);
    AsyncQuery::run<FlagRunCounts>(
        this, m_path,
        [](Database &db, FlagRunCounts *counts, QString *error) {
            FlagEngine engine(db); // the rules saved in the workspace
            return engine.runAll(counts, error);
        },
        [this](const QueryResult<FlagRunCounts> &r) {
            m_busy = false;
            if (r.ok)
                m_lastRun = r.value;
            const QString message =
                r.ok ? runSummary(r.value) : tr("The rules could not run: %1").arg(r.error);
            updateState();
            setStatus(message, !r.ok);
            emit statusMessage(message);
            emit rerunFinished(r.ok, message);
            if (r.ok)
                emit flagsRaised();
        });
}

QString FlagRulesEditor::runSummary(const FlagRunCounts &counts) const
{
    const QLocale locale;
    QStringList parts;
    for (FlagRule r : FlagRules::all()) {
        const qint64 raised = counts.raised.at(size_t(r));
        parts.append(m_saved.isEnabled(r)
                         ? tr("%1 %2").arg(FlagRules::label(r), locale.toString(raised))
                         : tr("%1 off").arg(FlagRules::label(r)));
    }
    return tr("Checked %1 messages and %2 reports: %n new flag(s) — %3. Flags raised before "
              "were kept.",
              nullptr, int(counts.totalRaised()))
        .arg(locale.toString(counts.messagesChecked), locale.toString(counts.reportsChecked),
             parts.join(QStringLiteral(" · ")));
}

void FlagRulesEditor::retranslateUi()
{
    const FlagRules d;
    const QLocale locale;
    auto dflt = [&](int value) { return tr("Default %1.").arg(locale.toString(value)); };
    group(FlagRule::Flood)
        ->setFieldText(
            0, tr("More than N messages"),
            tr("N: messages by one member. A flood is more than N messages within M seconds. %1")
                .arg(dflt(d.floodMessages)));
    group(FlagRule::Flood)
        ->setFieldText(1, tr("within M seconds"),
                       tr("M: seconds from the first to the last message of the burst. %1")
                           .arg(dflt(d.floodSeconds)));
    group(FlagRule::LinkSpam)
        ->setFieldText(0, tr("Newcomer for days"),
                       tr("Newcomer days: a member is a newcomer this many days after joining "
                          "(join event, else first message). %1")
                           .arg(dflt(d.newcomerDays)));
    group(FlagRule::LinkSpam)
        ->setFieldText(1, tr("or first K messages"),
                       tr("K: a member's first K chat messages count as a newcomer's. %1")
                           .arg(dflt(d.newcomerMessages)));
    group(FlagRule::LinkSpam)
        ->setFieldText(2, tr("Allowed domains (one per line; subdomains included):"),
                       tr("Links to these domains are never flagged."));
    group(FlagRule::BlockedWord)
        ->setFieldText(0,
                       tr("Chinese words (one per line; found anywhere, also inside a longer "
                          "word):"),
                       tr("Substring match: 刷单 flags 免费刷单群."));
    group(FlagRule::BlockedWord)
        ->setFieldText(1, tr("English words or phrases (one per line; whole word, any case):"),
                       tr("Whole-word match: casino flags \"Casino night\" but not \"casinos\"."));
    group(FlagRule::RepeatedText)
        ->setFieldText(0, tr("Minimum length"),
                       tr("Minimum length: characters of the text after folding case and "
                          "spaces. %1")
                           .arg(dflt(d.repeatMinLength)));
    group(FlagRule::RepeatedText)
        ->setFieldText(1, tr("in channels"),
                       tr("Channels: the same text posted in at least this many channels "
                          "(2 or more). %1")
                           .arg(dflt(d.repeatChannels)));
    group(FlagRule::RepeatedText)
        ->setFieldText(2, tr("within hours"),
                       tr("Hours: the window the copies fall in. %1").arg(dflt(d.repeatHours)));
    group(FlagRule::MassMention)
        ->setFieldText(0, tr("Distinct @mentions"),
                       tr("Mentions: a message naming at least this many different members. %1")
                           .arg(dflt(d.mentionMin)));
    for (QSpinBox *box : {m_floodSeconds})
        box->setSuffix(tr(" s"));
    m_newcomerDays->setSuffix(tr(" days"));
    m_repeatHours->setSuffix(tr(" h"));
    for (FlagRuleGroup *g : m_groups)
        g->retranslateUi();
    m_hint->setText(tr("<b>The rules run by themselves</b> after every import and sync, on the "
                       "new messages only, and never flag the same message twice for the same "
                       "rule. A change here applies to the next import; to apply it to the "
                       "messages already in the workspace, apply and then run the rules over "
                       "the whole history (flags raised before stay as they are)."));
    QPalette pal = m_hint->palette();
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(30);
    pal.setColor(QPalette::Window, tint);
    m_hint->setPalette(pal);
    m_restore->setText(tr("Restore defaults"));
    m_restore->setToolTip(tr("Put the default rules in the editors (Apply saves them)"));
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Save these rules in the workspace"));
    m_rerun->setText(tr("Run the rules over the whole history now"));
    m_rerun->setToolTip(tr("Check every message and report of the workspace with the saved "
                           "rules and add the new flags to the review queue"));
    updateState();
}

} // namespace kindred
