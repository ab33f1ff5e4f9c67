#include "MailReader.h"

#include "MailHeaders.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstring>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::MailReader", text);
}

constexpr qsizetype bufferSize = 1024 * 1024;
// A kept header field longer than this (thousands of recipients) is cut there.
constexpr qsizetype maxFieldSize = 256 * 1024;

// Lines of a device through one fixed buffer. A line longer than the buffer comes back cut
// to the buffer's size and the rest of it is skipped.
class LineStream
{
public:
    explicit LineStream(QIODevice &device) : m_device(device) { m_buffer.resize(bufferSize); }

    bool next(QByteArrayView *line)
    {
        for (;;) {
            const char *data = m_buffer.constData();
            const void *found = m_begin < m_end
                                    ? std::memchr(data + m_begin, '\n', size_t(m_end - m_begin))
                                    : nullptr;
            if (found) {
                const qsizetype newline = static_cast<const char *>(found) - data;
                const qsizetype start = m_begin;
                m_begin = newline + 1;
                if (m_skipRest) {
                    m_skipRest = false;
                    continue;
                }
                qsizetype length = newline - start;
                if (length > 0 && data[start + length - 1] == '\r')
                    --length;
                *line = QByteArrayView(data + start, length);
                return true;
            }
            if (m_atEnd) {
                if (m_begin >= m_end)
                    return false;
                const qsizetype start = m_begin;
                m_begin = m_end;
                if (m_skipRest)
                    return false;
                *line = QByteArrayView(data + start, m_end - start);
                return true;
            }
            if (m_begin == 0 && m_end == m_buffer.size()) {
                // A line as long as the buffer: hand it out cut, skip its rest.
                m_begin = m_end;
                if (m_skipRest)
                    continue;
                m_skipRest = true;
                *line = QByteArrayView(data, m_end);
                return true;
            }
            fill();
        }
    }

    qint64 position() const { return m_read - (m_end - m_begin); }
    bool failed() const { return m_failed; }

private:
    void fill()
    {
        if (m_skipRest) {
            m_begin = m_end = 0;
        } else if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
            m_end -= m_begin;
            m_begin = 0;
        }
        const qint64 got = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got < 0)
            m_failed = true;
        if (got <= 0)
            m_atEnd = true;
        else {
            m_end += got;
            m_read += got;
        }
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    qint64 m_read = 0;
    bool m_atEnd = false;
    bool m_skipRest = false;
    bool m_failed = false;
};

enum class Field
{
    None,
    From,
    To,
    Cc,
    Date,
    MessageId
};

Field fieldOf(QByteArrayView name)
{
    name = name.trimmed();
    const auto is = [&](const char *wanted) {
        return name.compare(QByteArrayView(wanted), Qt::CaseInsensitive) == 0;
    };
    if (is("from"))
        return Field::From;
    if (is("to"))
        return Field::To;
    if (is("cc"))
        return Field::Cc;
    if (is("date"))
        return Field::Date;
    if (is("message-id"))
        return Field::MessageId;
    return Field::None;
}

// The kept header fields of one message. Later copies of a field are joined, as a
// resent message may carry several.
struct Headers
{
    QByteArray from;
    QByteArray to;
    QByteArray cc;
    QByteArray date;
    QByteArray messageId;

    QByteArray *slot(Field field)
    {
        switch (field) {
        case Field::From:
            return &from;
        case Field::To:
            return &to;
        case Field::Cc:
            return &cc;
        case Field::Date:
            return &date;
        case Field::MessageId:
            return &messageId;
        case Field::None:
            break;
        }
        return nullptr;
    }
    void clear() { *this = {}; }
};

void append(QByteArray *slot, QByteArrayView text)
{
    if (slot->size() + text.size() > maxFieldSize)
        text = text.first(std::max<qsizetype>(0, maxFieldSize - slot->size()));
    slot->append(text);
}

class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::MailReader)

public:
    Scanner(const QString &name, const ActivityWindow &window, const ActivitySink &sink)
        : m_name(name), m_window(window), m_sink(sink)
    {}

    void finish(const Headers &headers)
    {
        if (headers.from.isEmpty() && headers.to.isEmpty() && headers.cc.isEmpty() &&
            headers.date.isEmpty())
            return; // not a message at all (text before the first From_ line)
        const auto sent = MailHeaders::date(headers.date);
        if (!sent || !sent->isValid()) {
            ++m_result.skipped;
            return;
        }
        const QDate day = sent->toTimeZone(m_window.zone).date();
        if (!m_window.contains(day)) {
            ++m_result.outside;
            return;
        }
        ActivityItem item;
        item.kind = ActivityKind::Mail;
        item.day = day;
        const QByteArray id = headers.messageId.trimmed();
        // A message read from two exports (sent and received) has one Message-ID.
        item.key = !id.isEmpty() ? "mail:" + id
                                 : "mail:" + headers.date.trimmed() + '|' + headers.from.trimmed() +
                                       '|' + headers.to.trimmed();
        item.participants = MailHeaders::addressList(headers.from);
        if (item.participants.isEmpty()) {
            ++m_result.skipped;
            return;
        }
        item.participants = item.participants.mid(0, 1); // the sender first
        for (const QByteArray *recipients : {&headers.to, &headers.cc})
            for (const ActivityParticipant &recipient : MailHeaders::addressList(*recipients)) {
                bool known = false;
                for (const ActivityParticipant &other : std::as_const(item.participants))
                    known = known || other.address == recipient.address;
                if (!known)
                    item.participants.append(recipient);
            }
        ++m_result.items;
        m_sink(item);
    }

    ActivityReadResult run(QIODevice &device, const ActivityProgress &progress)
    {
        LineStream lines(device);
        const qint64 total = device.isSequential() ? 0 : device.size();
        QByteArrayView line;
        bool first = true;
        bool mbox = false;
        bool inHeaders = true;
        bool previousBlank = true;
        Field current = Field::None;
        Headers headers;
        qint64 nextReport = bufferSize;
        while (lines.next(&line)) {
            if (first) {
                first = false;
                if (line.startsWith("\xEF\xBB\xBF"))
                    line = line.sliced(3);
                mbox = line.startsWith("From ");
                if (mbox)
                    continue; // the From_ line of the first message
            }
            if (progress && lines.position() >= nextReport) {
                nextReport = lines.position() + bufferSize;
                if (!progress(lines.position(), total)) {
                    m_result.cancelled = true;
                    m_result.error = tr("Reading %1 was cancelled.").arg(m_name);
                    return m_result;
                }
            }
            if (inHeaders) {
                if (line.isEmpty()) {
                    finish(headers);
                    headers.clear();
                    inHeaders = false;
                    previousBlank = true;
                    current = Field::None;
                    if (!mbox)
                        break; // an .eml: its body is never read
                    continue;
                }
                if (line[0] == ' ' || line[0] == '\t') {
                    // A folded field goes on (RFC 5322 section 2.2.3).
                    if (QByteArray *slot = headers.slot(current))
                        append(slot, line);
                    continue;
                }
                if (mbox && line.startsWith("From ")) {
                    // A message with no body and no blank line: the next one begins.
                    finish(headers);
                    headers.clear();
                    current = Field::None;
                    continue;
                }
                const qsizetype colon = line.indexOf(':');
                current = colon > 0 ? fieldOf(line.first(colon)) : Field::None;
                if (QByteArray *slot = headers.slot(current)) {
                    if (!slot->isEmpty())
                        append(slot, current == Field::Date || current == Field::MessageId
                                         ? QByteArrayView()
                                         : QByteArrayView(","));
                    if (current == Field::Date || current == Field::MessageId) {
                        if (slot->isEmpty())
                            append(slot, line.sliced(colon + 1));
                        else
                            current = Field::None; // the first Date and Message-ID hold
                    } else {
                        append(slot, line.sliced(colon + 1));
                    }
                }
                continue;
            }
            // The body: only whether a new message begins is looked at.
            if (previousBlank && line.startsWith("From ")) {
                inHeaders = true;
                current = Field::None;
            }
            previousBlank = line.isEmpty();
        }
        if (inHeaders)
            finish(headers);
        if (lines.failed()) {
            m_result.readable = false;
            m_result.error =
                tr("%1 could not be read to its end: %2").arg(m_name, device.errorString());
        }
        if (progress)
            progress(total, total);
        return m_result;
    }

private:
    QString m_name;
    ActivityWindow m_window;
    const ActivitySink &m_sink;
    ActivityReadResult m_result;
};

} // namespace

bool MailReader::looksLikeMail(const QByteArray &head)
{
    if (head.startsWith("From ") || head.startsWith("\xEF\xBB\xBF"
                                                    "From "))
        return true;
    // A message starts with header fields: name, colon; From or Date among the first ones.
    const QByteArray lower = head.left(16384).toLower();
    const qsizetype blank =
        lower.indexOf("\n\n") >= 0 ? lower.indexOf("\n\n") : lower.indexOf("\r\n\r\n");
    const QByteArray block = blank >= 0 ? lower.left(blank + 1) : lower;
    return (block.startsWith("from:") || block.contains("\nfrom:")) &&
           (block.startsWith("date:") || block.contains("\ndate:"));
}

ActivityReadResult MailReader::readDevice(QIODevice &device, const QString &name,
                                          const ActivityWindow &window, const ActivitySink &sink,
                                          const ActivityProgress &progress)
{
    return Scanner(name, window, sink).run(device, progress);
}

ActivityReadResult MailReader::read(const QString &path, const ActivityWindow &window,
                                    const ActivitySink &sink, const ActivityProgress &progress)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ActivityReadResult failed;
        failed.readable = false;
        failed.error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return failed;
    }
    return readDevice(file, name, window, sink, progress);
}

ActivityReadResult MailReader::readData(const QByteArray &data, const QString &name,
                                        const ActivityWindow &window, const ActivitySink &sink)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, name, window, sink);
}

} // namespace Kingside
