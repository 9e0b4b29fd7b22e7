#pragma once
// The interface every export format implements. An importer is a parser: it reads a file and
// emits records to an ImportSink; storage, deduplication and transactions are the sink's job.

#include "ImportError.h"
#include "ImportSink.h"

#include <QByteArray>
#include <QString>

namespace kindred {

class Importer
{
public:
    virtual ~Importer() = default;

    /// Format name used on the command line and in import batches ("telegram", "whatsapp").
    virtual QString format() const = 0;
    /// Confidence 0..100 that the file is in this format, from its first bytes (up to 64 KiB,
    /// already unzipped for zip archives) and its name.
    virtual int detect(const QByteArray &head, const QString &fileName) const = 0;
    /// Parses the file at path into sink. Returns false with error set (file and position)
    /// on malformed input or when the sink stops; records already emitted must then be
    /// discarded by the caller (the ImportService rolls back its transaction).
    virtual bool read(const QString &path, ImportSink &sink, ImportError &error) = 0;
};

} // namespace kindred
