import { useEffect, useRef, useState } from 'preact/hooks';
import { routeStanding, type CertificateModule } from '../../lib/certificate/route-certificate';
import { useProgress } from '../../lib/hooks/use-progress';
import { RouteCertificate } from './RouteCertificate';

export interface CertificateRoute {
  /** "ambtenaar" or "bestuurder". */
  audience: string;
  /** The section heading, e.g. "Route voor ambtenaren". */
  heading: string;
  /** As it reads in a sentence, e.g. "de route voor ambtenaren". */
  routeName: string;
  modules: CertificateModule[];
}

export interface CertificatesProps {
  routes: CertificateRoute[];
  gemeente: string;
}

const STATUS_TEXT = { 'niet-begonnen': 'nog niet begonnen', bezig: 'bezig', afgerond: 'afgerond' } as const;

/**
 * A certificate per route whose modules are all afgerond, with the learner's
 * name typed in: kept in this component's memory only, never stored or sent.
 * A route that is not finished lists its open modules.
 */
export default function Certificates({ routes, gemeente }: CertificatesProps) {
  const state = useProgress((s) => s);
  const [name, setName] = useState('');
  const [printing, setPrinting] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  // Print once the chosen certificate is marked on <html>, so only that one is on paper; unmark afterwards.
  useEffect(() => {
    if (printing === null) return;
    const root = document.documentElement;
    root.dataset['printCertificate'] = printing;
    const done = () => {
      delete root.dataset['printCertificate'];
      setPrinting(null);
    };
    addEventListener('afterprint', done, { once: true });
    window.print();
    return () => removeEventListener('afterprint', done);
  }, [printing]);

  if (state === undefined) {
    return (
      <div class="jt-certificates" aria-busy="true">
        {routes.map((route) => (
          <section key={route.audience} class="jt-certificate-route" aria-labelledby={`route-${route.audience}`}>
            <h2 id={`route-${route.audience}`}>{route.heading}</h2>
            <p>Uw voortgang wordt geladen…</p>
          </section>
        ))}
      </div>
    );
  }

  const standings = routes.map((route) => ({ route, standing: routeStanding(state, route.modules) }));
  const anyFinished = standings.some(({ standing }) => standing.finished);
  const issued = new Date();

  const print = (audience: string) => {
    if (name.trim() === '') {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    setPrinting(audience);
  };

  return (
    <div class="jt-certificates" data-ready="true">
      {anyFinished && (
        <div class="jt-certificate-name jt-no-print">
          <label for="bewijs-naam">Uw naam op het bewijs</label>
          <p id="bewijs-naam-uitleg" class="jt-certificate-name__hint">
            Uw naam staat alleen op deze pagina. De site bewaart hem niet en stuurt hem nergens heen. Sluit u de pagina, dan is hij weg.
          </p>
          {nameMissing && (
            <p id="bewijs-naam-fout" class="jt-certificate-name__error">
              Vul eerst uw naam in. Dan kunt u het bewijs afdrukken.
            </p>
          )}
          <input
            ref={nameRef}
            id="bewijs-naam"
            type="text"
            class="jt-input jt-input--line"
            autocomplete="name"
            spellcheck={false}
            maxLength={120}
            value={name}
            aria-describedby={nameMissing ? 'bewijs-naam-uitleg bewijs-naam-fout' : 'bewijs-naam-uitleg'}
            aria-invalid={nameMissing ? 'true' : undefined}
            onInput={(event) => {
              setName((event.target as HTMLInputElement).value);
              setNameMissing(false);
            }}
          />
        </div>
      )}
      {standings.map(({ route, standing }) => {
        const done = standing.modules.filter((m) => m.completedAt !== null).length;
        return (
          <section
            key={route.audience}
            class="jt-certificate-route"
            data-route={route.audience}
            data-finished={standing.finished ? 'true' : undefined}
            data-printing={printing === route.audience ? 'true' : undefined}
            aria-labelledby={`route-${route.audience}`}
          >
            <h2 id={`route-${route.audience}`} class="jt-no-print">
              {route.heading}
            </h2>
            {standing.finished ? (
              <>
                <RouteCertificate
                  audience={route.audience}
                  routeName={route.routeName}
                  gemeente={gemeente}
                  name={name}
                  issued={issued}
                  standing={standing}
                />
                <p class="jt-no-print">
                  <button type="button" class="nl-button nl-button--primary" onClick={() => print(route.audience)}>
                    Druk dit bewijs af
                  </button>
                </p>
              </>
            ) : (
              <>
                <p>
                  U hebt {done} van de {route.modules.length} modules van deze route afgerond. Rond ze allemaal af, dan kunt u hier een
                  deelnamebewijs afdrukken. Nog te doen:
                </p>
                <ul>
                  {standing.modules
                    .filter((m) => m.completedAt === null)
                    .map(({ module, status }) => (
                      <li key={module.id}>
                        <a href={module.href}>
                          <span class="jt-code">{module.code}</span> {module.title}
                        </a>{' '}
                        ({STATUS_TEXT[status]})
                      </li>
                    ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
