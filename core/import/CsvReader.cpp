#include "CsvReader.h"

#include <QIODevice>

namespace kindred {

namespace {
constexpr qint64 kChunk = 64 * 1024;
}

CsvReader::CsvReader(QIODevice &device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
}

bool CsvReader::fail(Error error, CsvPosition at)
{
    m_error = error;
    m_errorPosition = at;
    return false;
}

bool CsvReader::fill()
{
    m_buffer.resize(kChunk);
    m_index = 0;
    const qint64 n = m_device.read(m_buffer.data(), kChunk);
    if (n < 0) {
        m_buffer.clear();
        m_deviceError = m_device.errorString();
        return fail(Error::Read, {m_line, m_column});
    }
    m_buffer.resize(qsizetype(n));
    m_eof = n == 0;
    return true;
}

int CsvReader::peek()
{
    if (!m_started) {
        m_started = true;
        if (m_device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
            m_device.skip(3);
            m_consumed = 3;
            m_hadBom = true;
        }
    }
    if (m_index >= m_buffer.size()) {
        if (m_eof)
            return -1;
        if (!fill())
            return -2;
        if (m_eof)
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_index));
}

bool CsvReader::take(unsigned char b)
{
    ++m_index;
    ++m_consumed;
    if (m_need > 0) {
        if (b < m_low || b > m_high)
            return fail(Error::InvalidUtf8, m_leadPosition);
        --m_need;
        m_low = 0x80;
        m_high = 0xBF;
        return true; // a continuation byte takes no column
    }
    if (b >= 0x80) {
        m_leadPosition = {m_line, m_column};
        m_low = 0x80;
        m_high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            m_need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_need = 2;
            if (b == 0xE0)
                m_low = 0xA0; // overlong
            else if (b == 0xED)
                m_high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_need = 3;
            if (b == 0xF0)
                m_low = 0x90; // overlong
            else if (b == 0xF4)
                m_high = 0x8F; // above U+10FFFF
        } else {
            return fail(Error::InvalidUtf8, m_leadPosition);
        }
    }
    if (b == '\r') {
        ++m_line;
        m_column = 1;
        m_afterCr = true;
    } else if (b == '\n') {
        if (!m_afterCr) {
            ++m_line;
            m_column = 1;
        }
        m_afterCr = false;
    } else {
        ++m_column;
        m_afterCr = false;
    }
    return true;
}

CsvReader::Status CsvReader::next()
{
    if (m_error != Error::None)
        return Status::Error;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    for (;;) {
        m_fields.clear();
        m_fieldPositions.clear();
        QByteArray field;
        qint64 recordBytes = 0;
        bool anyQuoted = false;
        State state = State::FieldStart;
        (void)peek(); // skips the BOM before the first position is taken
        CsvPosition fieldStart{m_line, m_column};
        CsvPosition quote;
        const CsvPosition recordStart = fieldStart;
        auto endField = [&] {
            m_fields.append(QString::fromUtf8(field));
            m_fieldPositions.append(fieldStart);
            field.clear();
        };
        bool done = false;
        while (!done) {
            const int c = peek();
            if (c == -2)
                return Status::Error;
            if (c == -1) {
                if (m_need > 0) {
                    fail(Error::InvalidUtf8, m_leadPosition);
                    return Status::Error;
                }
                if (state == State::Quoted) {
                    fail(Error::UnterminatedQuote, quote);
                    return Status::Error;
                }
                if (state == State::FieldStart && m_fields.isEmpty())
                    return Status::End;
                endField();
                break;
            }
            const CsvPosition here{m_line, m_column};
            if (!take(static_cast<unsigned char>(c)))
                return Status::Error;
            if (++recordBytes > m_maxRecordBytes) {
                fail(Error::RecordTooLarge, recordStart);
                return Status::Error;
            }
            const bool lineBreak = c == '\n' || c == '\r';
            if (state == State::Quoted) {
                if (c == '"')
                    state = State::AfterQuote;
                else
                    field.append(char(c));
                continue;
            }
            if (state == State::AfterQuote && c == '"') {
                field.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                fieldStart = {m_line, m_column};
                state = State::FieldStart;
            } else if (lineBreak) {
                if (c == '\r' && peek() == '\n' && !take('\n'))
                    return Status::Error;
                endField();
                done = true;
            } else if (state == State::AfterQuote) {
                fail(Error::CharacterAfterQuote, here);
                return Status::Error;
            } else if (state == State::FieldStart && c == '"') {
                state = State::Quoted;
                quote = here;
                anyQuoted = true;
            } else {
                field.append(char(c));
                state = State::Unquoted;
            }
        }
        if (m_fields.size() == 1 && m_fields.first().isEmpty() && !anyQuoted)
            continue; // an empty line
        ++m_records;
        return Status::Record;
    }
}

} // namespace kindred
