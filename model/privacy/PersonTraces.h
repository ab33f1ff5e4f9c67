#pragma once

#include "domain/Person.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Kingside {

// Where one person shows in text and in snapshot documents: their name, e-mail address
// and phone number as whole words (name and e-mail ignoring case, the phone's digits
// whatever the spaces or dashes between them), and their entries in a snapshot.
class PersonTraces
{
public:
    // What takes the place of the person's name, e-mail or phone when they are erased.
    static QString neutralName();

    explicit PersonTraces(const Person &person);

    bool mentions(const QString &text) const;
    // The text with every trace replaced by neutralName(); *replaced counts them.
    QString scrubbed(const QString &text, int *replaced = nullptr) const;

    // A snapshot document (README "Snapshots and what changed") without the person:
    // their entry in "people", their relationships, their plan agreements; the actions
    // they owned or were linked to lose the link; every string that still mentions
    // them is scrubbed; the figures are worked out again from what is left.
    QJsonObject snapshotWithout(const QJsonObject &snapshot) const;
    // Whether the document holds anything of them.
    bool isIn(const QJsonObject &snapshot) const;
    // What the document holds about them, for an export.
    QJsonObject snapshotAbout(const QJsonObject &snapshot) const;

private:
    // The document without the person's own entries, their lines and agreements, and with
    // the links of actions to them cleared; strings are left as they were.
    QJsonObject withoutEntries(const QJsonObject &snapshot) const;
    QJsonValue scrubbedValue(const QJsonValue &value, int *replaced) const;
    void collectMentions(const QJsonValue &value, const QString &path, QJsonArray *found) const;

    qint64 m_personId;
    QList<QRegularExpression> m_patterns;
};

} // namespace Kingside
