#include "DotWriter.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::DotWriter", text);
}

QString fillColour(const Person &person)
{
    if (person.isTeam())
        return QStringLiteral("#bbdefb");
    switch (person.attitude) {
    case Attitude::Champion:
        return QStringLiteral("#a5d6a7");
    case Attitude::Supporter:
        return QStringLiteral("#dcedc8");
    case Attitude::Neutral:
        return QStringLiteral("#eeeeee");
    case Attitude::Sceptic:
        return QStringLiteral("#ffe0b2");
    case Attitude::Opponent:
        return QStringLiteral("#ffcdd2");
    }
    return QStringLiteral("#eeeeee");
}

QString edgeStyle(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Working:
        return QStringLiteral("dir=none, color=\"#616161\"");
    case RelationshipKind::Reporting:
        return QStringLiteral("dir=forward, style=bold, color=\"#37474f\"");
    case RelationshipKind::Influence:
        return QStringLiteral("dir=forward, style=dashed, color=\"#6a1b9a\"");
    case RelationshipKind::Alliance:
        return QStringLiteral("dir=none, color=\"#2e7d32\"");
    case RelationshipKind::Tension:
        return QStringLiteral("dir=none, style=dashed, color=\"#c62828\"");
    }
    return QStringLiteral("dir=none");
}

QString nodeLine(const Person &person)
{
    QString label = person.name;
    if (!person.title.isEmpty())
        label += QLatin1Char('\n') + person.title;
    if (!person.isTeam() && person.piece() != Piece::Pawn)
        label += QLatin1Char('\n') + displayName(person.piece());
    return QStringLiteral("    p%1 [label=%2, fillcolor=\"%3\"];\n")
        .arg(person.id)
        .arg(DotWriter::quoted(label), fillColour(person));
}

} // namespace

QString DotWriter::quoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(QLatin1Char('"'));
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            escaped.append(QLatin1Char('\\'));
            escaped.append(c);
        } else if (c == QLatin1Char('\n')) {
            escaped.append(QStringLiteral("\\n"));
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c.unicode() < 0x20) {
            escaped.append(QLatin1Char(' '));
        } else {
            escaped.append(c);
        }
    }
    escaped.append(QLatin1Char('"'));
    return escaped;
}

QByteArray DotWriter::write(const AccountData &data)
{
    QString dot;
    dot += QStringLiteral("digraph %1 {\n").arg(quoted(data.account.name));
    dot += QStringLiteral("  graph [label=%1, labelloc=t, fontname=\"Helvetica\", "
                          "compound=true, newrank=true];\n")
               .arg(quoted(data.account.name));
    dot += QStringLiteral("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", "
                          "fontsize=10];\n");
    dot += QStringLiteral("  edge [fontname=\"Helvetica\", fontsize=8];\n");

    const auto cluster = [&dot, &data](const QString &id, const QString &label,
                                       const auto &belongs) {
        QString body;
        for (const Person &person : data.people) {
            if (belongs(person))
                body += nodeLine(person);
        }
        if (body.isEmpty())
            return;
        dot += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n    style=rounded;\n")
                   .arg(id, quoted(label));
        dot += body;
        dot += QStringLiteral("  }\n");
    };
    for (const Department &department : data.departments) {
        cluster(QStringLiteral("d%1").arg(department.id), department.name,
                [&department](const Person &p) {
                    return !p.isTeam() && p.departmentId == department.id;
                });
    }
    cluster(QStringLiteral("unknown"), tr("Department unknown"), [&data](const Person &p) {
        return !p.isTeam() && (p.departmentId == 0 || !data.department(p.departmentId));
    });
    cluster(QStringLiteral("team"), tr("Our team"), [](const Person &p) { return p.isTeam(); });

    for (const Relationship &line : data.relationships) {
        if (!data.person(line.fromId) || !data.person(line.toId))
            continue;
        dot += QStringLiteral("  p%1 -> p%2 [%3, penwidth=%4, tooltip=%5];\n")
                   .arg(line.fromId)
                   .arg(line.toId)
                   .arg(edgeStyle(line.kind))
                   .arg(0.5 + 0.5 * line.strength)
                   .arg(quoted(displayName(line.kind)));
    }
    dot += QStringLiteral("}\n");
    return dot.toUtf8();
}

} // namespace Kingside
