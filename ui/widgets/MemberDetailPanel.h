#pragma once
// The member detail panel (PRODUCT.md §6), shown in the main window's "Member" dock: one
// person's profile, segment and level with why, weekly activity timeline, identities, tags and
// notes (editable, saved through MemberProfile::saveTagsAndNotes), latest messages and reply
// partners. Everything is read off the GUI thread (AsyncQuery); a double click on a reply
// partner shows that member.

#include "analytics/MemberProfile.h"
#include "pages/Page.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QTableView;

namespace kindred {

class Card;
class InteractiveChartView;
class MemberIdentityModel;
class RecentMessageModel;
class ReplyPartnerModel;

/// What the worker reads for the panel.
struct MemberDetailData
{
    MemberProfile profile;
    QByteArray timezone; ///< IANA id of the community's timezone
};

class MemberDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDetailPanel)
public:
    explicit MemberDetailPanel(QWidget *parent = nullptr);

    /// Shows member `memberId` (a member.id; a merged member shows the person it was merged
    /// into) of the workspace and period of `context`. Loads off the GUI thread; loaded()
    /// follows.
    void showMember(const PageContext &context, qint64 memberId);
    /// Follows a new context: the same workspace re-reads the member shown (new period, data
    /// re-read); another workspace clears the panel.
    void setContext(const PageContext &context);
    /// Saves the tags and notes being edited (off the GUI thread); saved() follows.
    void save();

    const PageContext &context() const { return m_context; }
    /// The surviving member id shown (0 while nothing is shown).
    qint64 memberId() const { return m_profile.id; }
    const MemberProfile &profile() const { return m_profile; }
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return m_saving; }
    /// True when the tags or notes editors differ from what is stored.
    bool hasUnsavedChanges() const;

    MemberIdentityModel *identityModel() const { return m_identityModel; }
    RecentMessageModel *recentModel() const { return m_recentModel; }
    ReplyPartnerModel *partnerModel() const { return m_partnerModel; }

signals:
    /// The requested member is shown, or the reason why not (an error text in the panel).
    void loaded();
    /// A save ended; `ok` false shows the error in the panel.
    void saved(bool ok);
    /// A short note for the status bar.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(qint64 memberId);
    void showData(const MemberDetailData &data);
    void showMessage(const QString &text);
    void updateSaveButton();
    void updateTexts();
    void retranslateUi();
    void renderChart();
    void openPartner(const QModelIndex &index);
    static void fitHeight(QTableView *table);

    PageContext m_context;
    qint64 m_requested = 0;
    MemberProfile m_profile;
    QByteArray m_timezone;
    QString m_storedTags;
    QString m_storedNotes;
    QString m_lastError;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_saving = false;

    QStackedLayout *m_stack;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_segmentTitle;
    QLabel *m_segment;
    QLabel *m_segmentWhy;
    QLabel *m_levelTitle;
    QLabel *m_level;
    QLabel *m_levelWhy;
    Card *m_timelineCard;
    InteractiveChartView *m_chart;
    QLabel *m_timelineNote;
    Card *m_identityCard;
    QTableView *m_identities;
    Card *m_notesCard;
    QLabel *m_tagsLabel;
    QLineEdit *m_tags;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QLabel *m_saveError;
    Card *m_recentCard;
    QListView *m_recent;
    Card *m_partnerCard;
    QTableView *m_partners;
    QLabel *m_partnerNote;
    MemberIdentityModel *m_identityModel;
    RecentMessageModel *m_recentModel;
    ReplyPartnerModel *m_partnerModel;
};

} // namespace kindred
