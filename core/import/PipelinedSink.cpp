#include "PipelinedSink.h"

namespace kindred {

PipelinedSink::PipelinedSink(ImportSink &target, int batchSize, int maxBatches)
    : m_target(target), m_batchSize(size_t(std::max(1, batchSize))),
      m_maxBatches(size_t(std::max(1, maxBatches)))
{
    m_batch.reserve(m_batchSize);
    m_worker = std::thread([this] { run(); });
}

PipelinedSink::~PipelinedSink()
{
    finish();
}

bool PipelinedSink::beginChannel(const ChannelInfo &channel)
{
    return push(channel);
}

bool PipelinedSink::addMessage(const MessageInfo &message)
{
    return push(message);
}

bool PipelinedSink::addEvent(const EventInfo &event)
{
    return push(event);
}

void PipelinedSink::addWarning(const QString &warning)
{
    push(Warning{warning});
}

bool PipelinedSink::push(Record &&record)
{
    if (m_failed.load(std::memory_order_relaxed))
        return false;
    m_batch.push_back(std::move(record));
    if (m_batch.size() >= m_batchSize)
        flush();
    return !m_failed.load(std::memory_order_relaxed);
}

void PipelinedSink::flush()
{
    if (m_batch.empty())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < m_maxBatches || m_failed.load(); });
    if (!m_failed.load())
        m_queue.push_back(std::move(m_batch));
    m_batch = {};
    m_batch.reserve(m_batchSize);
    lock.unlock();
    m_changed.notify_all();
}

void PipelinedSink::run()
{
    for (;;) {
        std::vector<Record> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return; // closed and drained
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        for (Record &r : batch) {
            if (m_failed.load(std::memory_order_relaxed))
                break;
            bool ok = true;
            if (auto *c = std::get_if<ChannelInfo>(&r))
                ok = m_target.beginChannel(*c);
            else if (auto *m = std::get_if<MessageInfo>(&r))
                ok = m_target.addMessage(*m);
            else if (auto *e = std::get_if<EventInfo>(&r))
                ok = m_target.addEvent(*e);
            else if (auto *w = std::get_if<Warning>(&r))
                m_target.addWarning(w->text);
            if (!ok) {
                m_failed.store(true);
                m_changed.notify_all();
            }
        }
    }
}

bool PipelinedSink::finish()
{
    if (!m_worker.joinable())
        return !m_failed.load();
    flush();
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    m_worker.join();
    return !m_failed.load();
}

} // namespace kindred
