#pragma once

#include "domain/Person.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kingside {

// Everything a workspace holds about one person, as one JSON document, for a request
// under data-protection law (README "A person's data, on request").
class PersonDataExport
{
public:
    static constexpr const char *DocumentKind = "kingside.person-data";
    static constexpr int CurrentFormat = 1;

    // The people of an account whose name is `name`, ignoring case and outer spaces.
    static QList<Person> peopleNamed(const QSqlDatabase &db, qint64 accountId, const QString &name);

    // The document: the person's row with every column, their relationships with the
    // other people's names, product roles, favoured competitor, plan actions they own or
    // are linked to, comments on them and on their relationships, comments signed with
    // their name, reviews they wrote, plan agreements, every snapshot that mentions them
    // (with what it holds about them) and free-text mentions elsewhere in the account.
    static std::optional<QJsonObject> collect(const QSqlDatabase &db, qint64 personId,
                                              QString *error);

    static QByteArray toJson(const QJsonObject &document);

    // Writes the document through QSaveFile (all or nothing), readable by its owner only
    // (mode 0600): it holds personal data.
    static bool write(const QJsonObject &document, const QString &path, QString *error);
};

} // namespace Kingside
