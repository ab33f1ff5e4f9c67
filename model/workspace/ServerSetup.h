#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kingside {

// Makes an empty PostgreSQL database a shared Kingside workspace (README "A shared
// workspace for a team"): the schema of the migrations, in PostgreSQL's dialect, and three
// group roles whose members are the team's logins, each with what the server lets it do:
//  - team: reads everything, writes every table of the workspace;
//  - mentor: reads everything, writes reviews, their traffic lights, comments and
//    snapshots, and adds (or undoes) only the actions agreed in a review (a row-level
//    policy on actions: review_id set); the plan, objectives and people stay as they are;
//  - leadership: reads everything, writes nothing.
// All of it is one transaction: on failure the database is left empty.
class ServerSetup
{
public:
    struct Roles
    {
        QString team;
        QString mentor;
        QString leadership;
    };

    // The group roles' names for a prefix ("kingside_" gives kingside_team, …). Role
    // names are shared by every database of a server, so a second workspace on the same
    // server may take its own prefix, or share the roles.
    static Roles rolesFor(const QString &prefix);
    static QString defaultPrefix() { return QStringLiteral("kingside_"); }

    // Whether `prefix` may start role names: lower-case letters, digits and '_', starting
    // with a letter, at most 40 characters. Otherwise why not.
    static QString prefixProblem(const QString &prefix);

    struct Report
    {
        int schemaVersion = 0;
        int tables = 0;
        Roles roles;
        QStringList createdRoles; // the others existed and were given their grants
    };

    // Sets up `db`, which must be open on PostgreSQL and empty. `name` is how the database
    // is named to the user. std::nullopt with *error saying why; then nothing was changed.
    static std::optional<Report> run(QSqlDatabase db, const QString &name, const QString &prefix,
                                     QString *error);
};

} // namespace Kingside
