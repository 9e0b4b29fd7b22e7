// ReportData::pseudonymise: the one place where a report's member names become pseudonyms.
// A new section that shows member names must be added here.
#include "ReportData.h"

#include "privacy/Pseudonymizer.h"

namespace kindred {

void ReportData::pseudonymise(const Pseudonymizer &pseudonymizer)
{
    for (MemberRanking &m : topMembers)
        m.name = pseudonymizer.pseudonym(m.memberId);
    for (ContentRanking &c : topContent) {
        if (c.authorId > 0 || !c.author.isEmpty())
            c.author = pseudonymizer.pseudonym(c.authorId);
        c.text = pseudonymizer.pseudonymiseText(c.text);
    }
    for (ThreadRanking &t : topThreads) {
        if (t.authorId > 0 || !t.author.isEmpty())
            t.author = pseudonymizer.pseudonym(t.authorId);
        t.text = pseudonymizer.pseudonymiseText(t.text);
    }
    for (LinkRanking &l : topLinks) // the example post is not shown; its text could name people
        l.exampleText = pseudonymizer.pseudonymiseText(l.exampleText);
    for (RepeatOffender &o : moderation.repeatOffenders)
        o.name = pseudonymizer.pseudonym(o.memberId);
    for (RenewalRiskRow &r : renewalRisk.rows) // `why` holds feature values, no names
        r.name = pseudonymizer.pseudonym(r.memberId);
    for (InfluenceMember &m : influence.members) // the influencers section
        m.name = pseudonymizer.pseudonym(m.memberId);
    pseudonymised = true;
}

} // namespace kindred
