/** The HTTP port is taken by another process: a setup problem, told without a stack trace. */
export class PortInUseError extends Error {
  readonly code = 'http.port_in_use';
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(
      `Kindred cannot start: port ${port} is in use (on ${host}). Stop whatever holds it, or set PORT to a free port (for example PORT=${port === 65535 ? port - 1 : port + 1} npm start).`,
    );
    this.name = 'PortInUseError';
  }
}
