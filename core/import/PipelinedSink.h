#pragma once
// Runs an ImportSink on a worker thread so that parsing (the importer, on the calling thread)
// and storing (the target sink, e.g. the ImportWriter) overlap on two cores. Records are
// copied into batches and handed over through a bounded queue (memory stays small); their
// order is kept. The target is used only from the worker thread until finish() returns.
// A target that refuses a record makes later calls return false, as a direct sink would.

#include "ImportSink.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace kindred {

class PipelinedSink final : public ImportSink
{
public:
    /// `batchSize` records per hand-over, at most `maxBatches` waiting.
    explicit PipelinedSink(ImportSink &target, int batchSize = 1024, int maxBatches = 16);
    ~PipelinedSink() override;

    bool beginChannel(const ChannelInfo &channel) override;
    bool addMessage(const MessageInfo &message) override;
    bool addEvent(const EventInfo &event) override;
    void addWarning(const QString &warning) override;
    bool isCanceled() const override { return m_target.isCanceled(); }
    void setProgress(qint64 done, qint64 total) override { m_target.setProgress(done, total); }

    /// Hands over what is left and waits for the worker. False when the target refused a
    /// record (the import must then be rolled back).
    bool finish();

private:
    struct Warning
    {
        QString text;
    };
    using Record = std::variant<ChannelInfo, MessageInfo, EventInfo, Warning>;
    bool push(Record &&record);
    void flush();
    void run();

    ImportSink &m_target;
    const size_t m_batchSize;
    const size_t m_maxBatches;
    std::vector<Record> m_batch;
    std::deque<std::vector<Record>> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closed = false;
    std::atomic_bool m_failed{false};
    std::thread m_worker;
};

} // namespace kindred
