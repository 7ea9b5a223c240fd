import type { RouteStanding } from '../../lib/certificate/route-certificate';
import { formatDate } from '../../lib/text/dates';

interface Props {
  audience: string;
  /** "de route voor ambtenaren" */
  routeName: string;
  gemeente: string;
  name: string;
  issued: Date;
  standing: RouteStanding;
}

/** The certificate itself, as it prints: one A4 page. */
export function RouteCertificate({ audience, routeName, gemeente, name, issued, standing }: Props) {
  const titleId = `bewijs-${audience}`;
  return (
    <article class="jt-certificate" aria-labelledby={titleId}>
      <p class="jt-certificate__site">Ja, tenzij: leren over burger- en overheidsparticipatie</p>
      <h3 id={titleId} class="jt-certificate__title">
        Deelnamebewijs
      </h3>
      <p class="jt-certificate__name" data-empty={name.trim() === '' ? 'true' : undefined}>
        {name.trim() || 'Uw naam'}
      </p>
      <p>
        heeft in zelfstudie {routeName} van ‘Ja, tenzij’ gevolgd, de leeromgeving van {gemeente} over burgerparticipatie en
        overheidsparticipatie. Deze modules zijn afgerond:
      </p>
      <table class="jt-certificate__modules">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Afgerond op</th>
          </tr>
        </thead>
        <tbody>
          {standing.modules.map(({ module, completedAt }) => (
            <tr key={module.id}>
              <td>
                <span class="jt-code">{module.code}</span> {module.title}
              </td>
              <td>{completedAt ? formatDate(completedAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="jt-certificate__issued">Afgegeven op {formatDate(issued)}.</p>
      <p class="jt-certificate__disclaimer">
        Dit bewijs bevestigt deelname aan zelfstudie. Het is geen erkende opleiding en geen diploma: niemand heeft de kennis van de
        deelnemer getoetst.
      </p>
    </article>
  );
}
