#include "PersonLookup.h"

namespace Kingside {

PersonLookup::Result PersonLookup::find(const AnalysisInput &input, const QString &nameOrEmail,
                                        qint64 *personId)
{
    const QString wanted = nameOrEmail.trimmed();
    if (wanted.isEmpty())
        return Result::NotFound;
    for (auto matches : {+[](const Person &p, const QString &w) {
                             return !p.email.isEmpty() &&
                                    p.email.trimmed().compare(w, Qt::CaseInsensitive) == 0;
                         },
                         +[](const Person &p, const QString &w) {
                             return p.name.trimmed().compare(w, Qt::CaseInsensitive) == 0;
                         }}) {
        qint64 found = 0;
        int count = 0;
        for (const Person &person : input.people) {
            if (matches(person, wanted)) {
                found = person.id;
                ++count;
            }
        }
        if (count > 1)
            return Result::Ambiguous;
        if (count == 1) {
            *personId = found;
            return Result::Found;
        }
    }
    return Result::NotFound;
}

} // namespace Kingside
