#include "AccountIndex.h"

#include "PersonName.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace Kingside {

AccountIndex::AccountIndex(const QSqlDatabase &db, const QString &accountName)
{
    const AccountStore accounts(db);
    QSqlQuery competitors(db);
    if (competitors.exec(QStringLiteral("SELECT id, name FROM competitors"))) {
        while (competitors.next()) {
            const qint64 id = competitors.value(0).toLongLong();
            const QString name = competitors.value(1).toString();
            m_competitors.insert(nameKey(name), id);
            m_competitorNames.insert(id, name);
        }
    }
    const std::optional<Account> account = accounts.accountByName(accountName);
    if (!account)
        return;
    m_accountId = account->id;
    for (const Department &department : accounts.departments(m_accountId)) {
        m_departments.insert(nameKey(department.name), department.id);
        m_departmentNames.insert(department.id, department.name);
    }
    for (const Level &level : accounts.levels(m_accountId)) {
        m_levels.insert(nameKey(level.name), level.id);
        m_levelNames.insert(level.id, level.name);
    }
    const PersonStore store(db);
    m_people = store.people(m_accountId);
    m_relationships = store.relationships(m_accountId);
    for (int i = 0; i < m_people.size(); ++i) {
        m_peopleById.insert(m_people[i].id, i);
        if (!m_people[i].email.trimmed().isEmpty())
            m_peopleByEmail[m_people[i].email.trimmed().toLower()].append(i);
        m_peopleByName[personKey(m_people[i].name)].append(i);
    }
}

const Person *AccountIndex::person(qint64 id) const
{
    const auto found = m_peopleById.constFind(id);
    return found == m_peopleById.cend() ? nullptr : &m_people[*found];
}

QList<const Person *> AccountIndex::byEmail(const QString &email) const
{
    QList<const Person *> found;
    for (int index : m_peopleByEmail.value(email.trimmed().toLower()))
        found.append(&m_people[index]);
    return found;
}

QList<const Person *> AccountIndex::byName(const QString &name) const
{
    return byPersonKey(personKey(name));
}

QList<const Person *> AccountIndex::byPersonKey(const QString &key) const
{
    QList<const Person *> found;
    const auto it = m_peopleByName.constFind(key);
    if (it == m_peopleByName.cend())
        return found;
    for (int index : *it)
        found.append(&m_people[index]);
    return found;
}

QString AccountIndex::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString AccountIndex::personKey(const QString &name)
{
    return PersonName::matchKey(name);
}

bool AccountIndex::isEmailAddress(const QString &text)
{
    return PersonName::isEmailAddress(text);
}

bool AccountIndex::companyMatches(const QString &company, const QString &accountName)
{
    return companyKey(company) == companyKey(accountName);
}

QString AccountIndex::companyKey(const QString &company)
{
    // Legal forms as companies write them, dots left out ("S.L." is "sl", "Inc." is
    // "inc"), and words that do not tell companies apart ("Group", "Holding").
    static const QSet<QString> ignored{
        QStringLiteral("inc"),      QStringLiteral("incorporated"), QStringLiteral("ltd"),
        QStringLiteral("limited"),  QStringLiteral("llc"),          QStringLiteral("llp"),
        QStringLiteral("lp"),       QStringLiteral("gmbh"),         QStringLiteral("ag"),
        QStringLiteral("as"),       QStringLiteral("asa"),          QStringLiteral("ab"),
        QStringLiteral("publ"),     QStringLiteral("sa"),           QStringLiteral("sas"),
        QStringLiteral("sarl"),     QStringLiteral("sl"),           QStringLiteral("slu"),
        QStringLiteral("srl"),      QStringLiteral("spa"),          QStringLiteral("plc"),
        QStringLiteral("bv"),       QStringLiteral("nv"),           QStringLiteral("oy"),
        QStringLiteral("oyj"),      QStringLiteral("aps"),          QStringLiteral("hf"),
        QStringLiteral("ehf"),      QStringLiteral("kg"),           QStringLiteral("kgaa"),
        QStringLiteral("ug"),       QStringLiteral("se"),           QStringLiteral("pty"),
        QStringLiteral("co"),       QStringLiteral("corp"),         QStringLiteral("corporation"),
        QStringLiteral("company"),  QStringLiteral("group"),        QStringLiteral("holding"),
        QStringLiteral("holdings"), QStringLiteral("the"),          QStringLiteral("and"),
        QStringLiteral("ou"),       QStringLiteral("sro"),          QStringLiteral("spzoo"),
        QStringLiteral("kft"),      QStringLiteral("lda"),          QStringLiteral("bhd"),
        QStringLiteral("sdn"),      QStringLiteral("pte"),          QStringLiteral("kk")};
    QString cleaned;
    const QString folded = company.normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const QChar c : folded) {
        if (c == QLatin1Char('.') || c.category() == QChar::Mark_NonSpacing)
            continue; // "S.L." -> "sl", "Oü" -> "ou"
        cleaned.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    // "sp. z o.o." is one legal form written in three words.
    cleaned.replace(QStringLiteral("sp z oo"), QStringLiteral("spzoo"));
    QStringList kept;
    QStringList all;
    for (const QString &word : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        all.append(word);
        if (!ignored.contains(word))
            kept.append(word);
    }
    // A name made only of such words ("The Company AS") keeps them all.
    return (kept.isEmpty() ? all : kept).join(QLatin1Char(' '));
}

void ReportingGraph::add(const PersonRef &from, const PersonRef &to)
{
    m_edges[node(from)].append(node(to));
    ++m_reportsIn[node(to)];
}

void ReportingGraph::remove(const PersonRef &from, const PersonRef &to)
{
    if (m_edges[node(from)].removeOne(node(to)))
        --m_reportsIn[node(to)];
}

bool ReportingGraph::has(const PersonRef &from, const PersonRef &to) const
{
    return m_edges.value(node(from)).contains(node(to));
}

PersonRef ReportingGraph::refOf(qint64 node)
{
    PersonRef ref;
    if (node > 0)
        ref.id = node;
    else
        ref.added = int(-1 - node);
    return ref;
}

QList<PersonRef> ReportingGraph::cycleIfAdded(const PersonRef &from, const PersonRef &to) const
{
    // Breadth-first from `to` along reporting lines; reaching `from` closes a cycle.
    const qint64 start = node(to);
    const qint64 goal = node(from);
    if (start == goal)
        return {to};
    // Nobody reports to `from` yet (as for most rows of a file, whose managers come
    // first): no chain up from `to` can reach it.
    if (m_reportsIn.value(goal) <= 0)
        return {};
    QHash<qint64, qint64> parent;
    QList<qint64> queue{start};
    parent.insert(start, start);
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const qint64 current = queue[head];
        for (qint64 next : m_edges.value(current)) {
            if (parent.contains(next))
                continue;
            parent.insert(next, current);
            if (next == goal) {
                QList<PersonRef> chain;
                for (qint64 at = goal; at != start; at = parent.value(at))
                    chain.prepend(refOf(at));
                chain.prepend(refOf(start));
                return chain;
            }
            queue.append(next);
        }
    }
    return {};
}

} // namespace Kingside
