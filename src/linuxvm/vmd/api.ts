// The VM daemon's own ttrpc service (proto/tandem/vmd/v1/vmd.proto): one definition for the vmd
// that serves it (daemon.ts) and the shim daemons that call it (client.ts).
import { tandem } from '../../generated/protos.js';
import { defineService, unary } from '../../ttrpc/service.js';

const pb = tandem.vmd.v1;

export const VMD = defineService('tandem.vmd.v1.Vmd', {
  Attach: unary(pb.AttachRequest, pb.AttachResponse),
  AddPortForward: unary(pb.AddPortForwardRequest, pb.AddPortForwardResponse),
  Status: unary(pb.StatusRequest, pb.StatusResponse),
  Start: unary(pb.StartRequest, pb.StartResponse),
  Stop: unary(pb.StopRequest, pb.StopResponse),
  VmEnd: unary(pb.VmEndRequest, pb.VmEndResponse),
});
