#include "GraphMLWriter.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <cmath>

namespace Kingside {
namespace {

// XML 1.0 cannot carry most control characters; they are dropped.
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r')
            clean.append(c);
    }
    return clean;
}

struct Key
{
    const char *id;
    const char *domain; // graph, node, edge
    const char *name;
    const char *type; // string, int, double, boolean
};

constexpr Key keys[] = {
    {"g_account", "graph", "account", "string"},
    {"g_industry", "graph", "industry", "string"},
    {"g_stage", "graph", "lifecycle_stage", "string"},
    {"g_sales", "graph", "annual_sales", "double"},
    {"g_profitability", "graph", "profitability", "double"},
    {"g_potential", "graph", "potential_3y", "double"},
    {"g_freshness", "graph", "freshness_days", "int"},
    {"n_name", "node", "name", "string"},
    {"n_side", "node", "side", "string"},
    {"n_title", "node", "title", "string"},
    {"n_department", "node", "department", "string"},
    {"n_level", "node", "level", "string"},
    {"n_rank", "node", "level_rank", "int"},
    {"n_role", "node", "decision_role", "string"},
    {"n_piece", "node", "piece", "string"},
    {"n_attitude", "node", "attitude", "string"},
    {"n_team_role", "node", "team_role", "string"},
    {"n_competitor", "node", "competitor", "string"},
    {"n_email", "node", "email", "string"},
    {"e_kind", "edge", "kind", "string"},
    {"e_strength", "edge", "strength", "int"},
    {"e_last_contact", "edge", "last_contact", "string"},
    {"e_directed", "edge", "directed", "boolean"},
    {"e_weight", "edge", "weight", "double"},
};

void data(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    if (value.isEmpty())
        return; // absent, as GraphML readers expect for "no value"
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(xmlText(value));
    xml.writeEndElement();
}

} // namespace

QString GraphMLWriter::number(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN")
                                 : (value > 0 ? QStringLiteral("INF") : QStringLiteral("-INF"));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray GraphMLWriter::write(const AccountData &account)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const Key &key : keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("account%1").arg(account.account.id));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const Account &a = account.account;
    data(xml, "g_account", a.name);
    data(xml, "g_industry", a.industry);
    data(xml, "g_stage", codeOf(a.stage));
    data(xml, "g_sales", number(a.annualSales));
    data(xml, "g_profitability", number(a.profitability));
    data(xml, "g_potential", number(a.potential3y));
    data(xml, "g_freshness", QString::number(a.freshnessDays));

    for (const Person &person : account.people) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("p%1").arg(person.id));
        data(xml, "n_name", person.name);
        data(xml, "n_side", codeOf(person.side));
        data(xml, "n_title", person.title);
        data(xml, "n_department", account.departmentName(person.departmentId));
        const Level *level = account.level(person.levelId);
        data(xml, "n_level", level ? level->name : QString());
        data(xml, "n_rank", level ? QString::number(level->rank) : QString());
        if (!person.isTeam()) {
            data(xml, "n_role", codeOf(person.decisionRole));
            data(xml, "n_piece", codeOf(person.piece()));
        }
        data(xml, "n_attitude", codeOf(person.attitude));
        data(xml, "n_team_role", person.teamRole ? codeOf(*person.teamRole) : QString());
        data(xml, "n_competitor", account.competitorNames.value(person.competitorId));
        data(xml, "n_email", person.email);
        xml.writeEndElement();
    }
    for (const Relationship &line : account.relationships) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(line.id));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("p%1").arg(line.fromId));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("p%1").arg(line.toId));
        data(xml, "e_kind", codeOf(line.kind));
        data(xml, "e_strength", QString::number(line.strength));
        data(xml, "e_last_contact",
             line.lastContact.isValid() ? line.lastContact.toString(Qt::ISODate) : QString());
        data(xml, "e_directed",
             isDirected(line.kind) ? QStringLiteral("true") : QStringLiteral("false"));
        data(xml, "e_weight", number(line.strength / 5.0));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

} // namespace Kingside
