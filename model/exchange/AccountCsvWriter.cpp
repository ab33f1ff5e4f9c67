#include "AccountCsvWriter.h"

#include "CsvWriter.h"

namespace Kingside {

QStringList AccountCsvWriter::peopleHeader()
{
    return {
        QStringLiteral("name"),       QStringLiteral("side"),          QStringLiteral("title"),
        QStringLiteral("department"), QStringLiteral("level"),         QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("decision_role"), QStringLiteral("piece"),
        QStringLiteral("attitude"),   QStringLiteral("competitor"),    QStringLiteral("team_role"),
        QStringLiteral("notes")};
}

QStringList AccountCsvWriter::relationshipsHeader()
{
    return {QStringLiteral("from"),       QStringLiteral("to"),           QStringLiteral("kind"),
            QStringLiteral("strength"),   QStringLiteral("last_contact"), QStringLiteral("notes"),
            QStringLiteral("from_email"), QStringLiteral("to_email")};
}

QByteArray AccountCsvWriter::people(const AccountData &data)
{
    CsvWriter writer;
    writer.addRow(peopleHeader());
    for (const Person &person : data.people) {
        writer.addRow({person.name, codeOf(person.side), person.title,
                       data.departmentName(person.departmentId), data.levelName(person.levelId),
                       person.email, person.phone,
                       person.isTeam() ? QString() : codeOf(person.decisionRole),
                       person.pieceOverride ? codeOf(*person.pieceOverride) : QString(),
                       codeOf(person.attitude), data.competitorNames.value(person.competitorId),
                       person.teamRole ? codeOf(*person.teamRole) : QString(), person.notes});
    }
    return writer.data();
}

QByteArray AccountCsvWriter::relationships(const AccountData &data)
{
    CsvWriter writer;
    writer.addRow(relationshipsHeader());
    for (const Relationship &line : data.relationships) {
        const Person *from = data.person(line.fromId);
        const Person *to = data.person(line.toId);
        if (!from || !to)
            continue;
        writer.addRow(
            {from->name, to->name, codeOf(line.kind), QString::number(line.strength),
             line.lastContact.isValid() ? line.lastContact.toString(Qt::ISODate) : QString(),
             line.notes, from->email, to->email});
    }
    return writer.data();
}

} // namespace Kingside
