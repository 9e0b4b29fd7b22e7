#pragma once
// Reads one Slack workspace export (zip) into an ImportSink; see SlackImporter.h for the
// mapping.
//
// Order of work: the archive is opened and its root found (SlackArchive), users.json and the
// conversation lists are read (SlackDirectory), then every entry is visited once in archive
// order and each day file "<folder>/<YYYY-MM-DD>.json" is parsed and emitted into the
// conversation of its folder (beginChannel() again whenever the folder changes, so an archive
// that interleaves folders resumes channels). Other files are ignored: integration_logs.json,
// canvases, files at the root; .json files in conversation folders that are not day files are
// counted for a warning.
//
// Progress: bytes of the zip file (compressed size of the entries passed); cancel is polled
// before each list and each day file.

#include "SlackArchive.h"
#include "SlackDirectory.h"
#include "SlackMarkup.h"
#include "SlackMessageMapper.h"
#include "SlackPeople.h"

#include "import/ImportError.h"
#include "import/ImportSink.h"

#include <QString>

namespace kindred::slack {

class SlackReader final
{
public:
    SlackReader(const QString &path, ImportSink &sink, ImportError &error);
    Q_DISABLE_COPY_MOVE(SlackReader)

    /// The whole import; false with the error set on malformed input, cancel or a sink stop.
    bool run();

private:
    bool poll(const QString &entry);
    bool loadLists();
    bool readDayFile(const QString &folder, const QString &entry);
    bool enterChannel(const QString &folder, const QString &entry);
    bool sinkStopped(const QString &entry, const QString &message);
    void addFinalWarnings();
    void warn(const QString &warning) { m_sink.addWarning(warning); }

    ImportSink &m_sink;
    SlackArchive m_archive;
    SlackDirectory m_directory;
    SlackPeople m_people;
    SlackMarkup m_markup;
    SlackMessageMapper m_mapper;

    QString m_currentFolder; ///< folder whose conversation the sink is in
    bool m_inChannel = false;
    int m_skippedListEntries = 0;
    int m_withoutTs = 0;
    QString m_firstWithoutTs;
    int m_notObjects = 0;
    QString m_firstNotObject;
    int m_otherFiles = 0;
};

} // namespace kindred::slack
