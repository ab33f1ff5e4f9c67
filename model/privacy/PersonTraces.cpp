#include "PersonTraces.h"

#include "planning/Snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kingside {
namespace {

// Letters, digits and "_" continue a word: "Jo" is not found in "John".
const QString wordBefore = QStringLiteral("(?<![\\p{L}\\p{N}_])");
const QString wordAfter = QStringLiteral("(?![\\p{L}\\p{N}_])");

QString key(const char *name)
{
    return QLatin1String(name);
}

qint64 idOf(const QJsonValue &value, const char *field)
{
    return value.toObject().value(QLatin1String(field)).toInteger();
}

} // namespace

QString PersonTraces::neutralName()
{
    return QCoreApplication::translate("Kingside::PersonTraces", "(erased person)");
}

PersonTraces::PersonTraces(const Person &person) : m_personId(person.id)
{
    const QString name = person.name.simplified();
    if (!name.isEmpty()) {
        QStringList words = name.split(QLatin1Char(' '));
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        m_patterns.append(
            QRegularExpression(wordBefore + words.join(QStringLiteral("\\s+")) + wordAfter,
                               QRegularExpression::CaseInsensitiveOption));
    }
    const QString email = person.email.trimmed();
    if (!email.isEmpty())
        m_patterns.append(
            QRegularExpression(wordBefore + QRegularExpression::escape(email) + wordAfter,
                               QRegularExpression::CaseInsensitiveOption));
    QString digits;
    for (const QChar c : person.phone) {
        if (c.isDigit())
            digits.append(c);
    }
    // A phone number is found by its digits, however they are grouped: "+44 7700 900123"
    // in the phone field and "+447700-900123" in a note are the same number.
    if (digits.size() >= 5) {
        QStringList parts;
        for (const QChar c : std::as_const(digits))
            parts.append(QString(c));
        m_patterns.append(QRegularExpression(QStringLiteral("(?<![\\d+])\\+?") +
                                             parts.join(QStringLiteral("[\\s./()\\-]*")) +
                                             QStringLiteral("(?!\\d)")));
    } else if (!person.phone.trimmed().isEmpty()) {
        m_patterns.append(QRegularExpression(QRegularExpression::escape(person.phone.trimmed())));
    }
}

bool PersonTraces::mentions(const QString &text) const
{
    for (const QRegularExpression &pattern : m_patterns) {
        if (text.contains(pattern))
            return true;
    }
    return false;
}

QString PersonTraces::scrubbed(const QString &text, int *replaced) const
{
    QString result = text;
    for (const QRegularExpression &pattern : m_patterns) {
        if (replaced) {
            auto matches = pattern.globalMatch(result);
            while (matches.hasNext()) {
                matches.next();
                ++*replaced;
            }
        }
        result.replace(pattern, neutralName());
    }
    return result;
}

QJsonValue PersonTraces::scrubbedValue(const QJsonValue &value, int *replaced) const
{
    if (value.isString())
        return scrubbed(value.toString(), replaced);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(scrubbedValue(item, replaced));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = scrubbedValue(it.value(), replaced);
        return object;
    }
    return value;
}

QJsonObject PersonTraces::withoutEntries(const QJsonObject &snapshot) const
{
    QJsonObject result = snapshot;
    QJsonArray people;
    for (const QJsonValue &entry : snapshot.value(key("people")).toArray()) {
        if (idOf(entry, "id") != m_personId)
            people.append(entry);
    }
    result.insert(key("people"), people);
    QJsonArray lines;
    for (const QJsonValue &line : snapshot.value(key("relationships")).toArray()) {
        if (idOf(line, "from") != m_personId && idOf(line, "to") != m_personId)
            lines.append(line);
    }
    result.insert(key("relationships"), lines);

    QJsonObject plan = snapshot.value(key("plan")).toObject();
    QJsonArray actions;
    for (const QJsonValue &value : plan.value(key("actions")).toArray()) {
        QJsonObject action = value.toObject();
        if (idOf(action, "owner") == m_personId) {
            action.insert(key("owner"), 0);
            action.insert(key("owner_name"), QString());
        }
        if (idOf(action, "person") == m_personId)
            action.insert(key("person"), 0);
        actions.append(action);
    }
    plan.insert(key("actions"), actions);
    QJsonArray agreements;
    for (const QJsonValue &agreement : plan.value(key("agreements")).toArray()) {
        if (idOf(agreement, "person") != m_personId)
            agreements.append(agreement);
    }
    plan.insert(key("agreements"), agreements);
    result.insert(key("plan"), plan);
    return result;
}

QJsonObject PersonTraces::snapshotWithout(const QJsonObject &snapshot) const
{
    QJsonObject result = scrubbedValue(withoutEntries(snapshot), nullptr).toObject();
    // The figures count people and lines; they must describe the document as it now is.
    Snapshot::computeFigures(result);
    return result;
}

bool PersonTraces::isIn(const QJsonObject &snapshot) const
{
    const QJsonObject about = snapshotAbout(snapshot);
    for (const char *part : {"relationships", "plan_actions", "plan_agreements", "mentions"}) {
        if (!about.value(QLatin1String(part)).toArray().isEmpty())
            return true;
    }
    return about.contains(key("person"));
}

void PersonTraces::collectMentions(const QJsonValue &value, const QString &path,
                                   QJsonArray *found) const
{
    if (value.isString()) {
        if (mentions(value.toString()))
            found->append(QJsonObject{{key("where"), path}, {key("text"), value.toString()}});
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectMentions(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), found);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectMentions(it.value(),
                            path.isEmpty() ? it.key() : QStringLiteral("%1.%2").arg(path, it.key()),
                            found);
    }
}

QJsonObject PersonTraces::snapshotAbout(const QJsonObject &snapshot) const
{
    QJsonObject about;
    QHash<qint64, QString> names;
    for (const QJsonValue &entry : snapshot.value(key("people")).toArray()) {
        names.insert(idOf(entry, "id"), entry.toObject().value(key("name")).toString());
        if (idOf(entry, "id") == m_personId)
            about.insert(key("person"), entry);
    }
    QJsonArray lines;
    for (const QJsonValue &value : snapshot.value(key("relationships")).toArray()) {
        const qint64 from = idOf(value, "from");
        const qint64 to = idOf(value, "to");
        if (from != m_personId && to != m_personId)
            continue;
        QJsonObject line = value.toObject();
        line.insert(key("other_name"), names.value(from == m_personId ? to : from));
        lines.append(line);
    }
    about.insert(key("relationships"), lines);
    const QJsonObject plan = snapshot.value(key("plan")).toObject();
    QJsonArray actions;
    for (const QJsonValue &action : plan.value(key("actions")).toArray()) {
        if (idOf(action, "owner") == m_personId || idOf(action, "person") == m_personId)
            actions.append(action);
    }
    about.insert(key("plan_actions"), actions);
    QJsonArray agreements;
    for (const QJsonValue &agreement : plan.value(key("agreements")).toArray()) {
        if (idOf(agreement, "person") == m_personId)
            agreements.append(agreement);
    }
    about.insert(key("plan_agreements"), agreements);

    // Anything else that names them (an objective's title, the strategy…), found in the
    // document without the parts above.
    QJsonArray mentions;
    collectMentions(withoutEntries(snapshot), QString(), &mentions);
    about.insert(key("mentions"), mentions);
    return about;
}

} // namespace Kingside
