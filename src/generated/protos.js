/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const io = $root.io = (() => {

    /**
     * Namespace io.
     * @exports io
     * @namespace
     */
    const io = {};

    io.containerd = (function() {

        /**
         * Namespace containerd.
         * @memberof io
         * @namespace
         */
        const containerd = {};

        containerd.cgroups = (function() {

            /**
             * Namespace cgroups.
             * @memberof io.containerd
             * @namespace
             */
            const cgroups = {};

            cgroups.v2 = (function() {

                /**
                 * Namespace v2.
                 * @memberof io.containerd.cgroups
                 * @namespace
                 */
                const v2 = {};

                v2.Metrics = (function() {

                    /**
                     * Properties of a Metrics.
                     * @memberof io.containerd.cgroups.v2
                     * @interface IMetrics
                     * @property {io.containerd.cgroups.v2.IPidsStat|null} [pids] Metrics pids
                     * @property {io.containerd.cgroups.v2.ICPUStat|null} [cpu] Metrics cpu
                     * @property {io.containerd.cgroups.v2.IMemoryStat|null} [memory] Metrics memory
                     */

                    /**
                     * Constructs a new Metrics.
                     * @memberof io.containerd.cgroups.v2
                     * @classdesc Represents a Metrics.
                     * @implements IMetrics
                     * @constructor
                     * @param {io.containerd.cgroups.v2.IMetrics=} [properties] Properties to set
                     */
                    function Metrics(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Metrics pids.
                     * @member {io.containerd.cgroups.v2.IPidsStat|null|undefined} pids
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @instance
                     */
                    Metrics.prototype.pids = null;

                    /**
                     * Metrics cpu.
                     * @member {io.containerd.cgroups.v2.ICPUStat|null|undefined} cpu
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @instance
                     */
                    Metrics.prototype.cpu = null;

                    /**
                     * Metrics memory.
                     * @member {io.containerd.cgroups.v2.IMemoryStat|null|undefined} memory
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @instance
                     */
                    Metrics.prototype.memory = null;

                    /**
                     * Creates a new Metrics instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @static
                     * @param {io.containerd.cgroups.v2.IMetrics=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v2.Metrics} Metrics instance
                     */
                    Metrics.create = function create(properties) {
                        return new Metrics(properties);
                    };

                    /**
                     * Encodes the specified Metrics message. Does not implicitly {@link io.containerd.cgroups.v2.Metrics.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @static
                     * @param {io.containerd.cgroups.v2.IMetrics} message Metrics message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Metrics.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.pids != null && Object.hasOwnProperty.call(message, "pids"))
                            $root.io.containerd.cgroups.v2.PidsStat.encode(message.pids, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                            $root.io.containerd.cgroups.v2.CPUStat.encode(message.cpu, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.memory != null && Object.hasOwnProperty.call(message, "memory"))
                            $root.io.containerd.cgroups.v2.MemoryStat.encode(message.memory, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Metrics message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v2.Metrics} Metrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Metrics.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.io.containerd.cgroups.v2.Metrics();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.pids = $root.io.containerd.cgroups.v2.PidsStat.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.cpu = $root.io.containerd.cgroups.v2.CPUStat.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 4: {
                                    message.memory = $root.io.containerd.cgroups.v2.MemoryStat.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Metrics
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v2.Metrics
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Metrics.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/io.containerd.cgroups.v2.Metrics";
                    };

                    return Metrics;
                })();

                v2.PidsStat = (function() {

                    /**
                     * Properties of a PidsStat.
                     * @memberof io.containerd.cgroups.v2
                     * @interface IPidsStat
                     * @property {number|null} [current] PidsStat current
                     * @property {number|null} [limit] PidsStat limit
                     */

                    /**
                     * Constructs a new PidsStat.
                     * @memberof io.containerd.cgroups.v2
                     * @classdesc Represents a PidsStat.
                     * @implements IPidsStat
                     * @constructor
                     * @param {io.containerd.cgroups.v2.IPidsStat=} [properties] Properties to set
                     */
                    function PidsStat(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PidsStat current.
                     * @member {number} current
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @instance
                     */
                    PidsStat.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PidsStat limit.
                     * @member {number} limit
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @instance
                     */
                    PidsStat.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new PidsStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @static
                     * @param {io.containerd.cgroups.v2.IPidsStat=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v2.PidsStat} PidsStat instance
                     */
                    PidsStat.create = function create(properties) {
                        return new PidsStat(properties);
                    };

                    /**
                     * Encodes the specified PidsStat message. Does not implicitly {@link io.containerd.cgroups.v2.PidsStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @static
                     * @param {io.containerd.cgroups.v2.IPidsStat} message PidsStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PidsStat.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.current != null && Object.hasOwnProperty.call(message, "current"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.current);
                        if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.limit);
                        return writer;
                    };

                    /**
                     * Decodes a PidsStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v2.PidsStat} PidsStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PidsStat.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.io.containerd.cgroups.v2.PidsStat();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.current = reader.uint64();
                                    break;
                                }
                            case 2: {
                                    message.limit = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for PidsStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v2.PidsStat
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PidsStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/io.containerd.cgroups.v2.PidsStat";
                    };

                    return PidsStat;
                })();

                v2.CPUStat = (function() {

                    /**
                     * Properties of a CPUStat.
                     * @memberof io.containerd.cgroups.v2
                     * @interface ICPUStat
                     * @property {number|null} [usageUsec] CPUStat usageUsec
                     * @property {number|null} [userUsec] CPUStat userUsec
                     * @property {number|null} [systemUsec] CPUStat systemUsec
                     */

                    /**
                     * Constructs a new CPUStat.
                     * @memberof io.containerd.cgroups.v2
                     * @classdesc Represents a CPUStat.
                     * @implements ICPUStat
                     * @constructor
                     * @param {io.containerd.cgroups.v2.ICPUStat=} [properties] Properties to set
                     */
                    function CPUStat(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * CPUStat usageUsec.
                     * @member {number} usageUsec
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @instance
                     */
                    CPUStat.prototype.usageUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * CPUStat userUsec.
                     * @member {number} userUsec
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @instance
                     */
                    CPUStat.prototype.userUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * CPUStat systemUsec.
                     * @member {number} systemUsec
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @instance
                     */
                    CPUStat.prototype.systemUsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new CPUStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @static
                     * @param {io.containerd.cgroups.v2.ICPUStat=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v2.CPUStat} CPUStat instance
                     */
                    CPUStat.create = function create(properties) {
                        return new CPUStat(properties);
                    };

                    /**
                     * Encodes the specified CPUStat message. Does not implicitly {@link io.containerd.cgroups.v2.CPUStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @static
                     * @param {io.containerd.cgroups.v2.ICPUStat} message CPUStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CPUStat.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.usageUsec != null && Object.hasOwnProperty.call(message, "usageUsec"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.usageUsec);
                        if (message.userUsec != null && Object.hasOwnProperty.call(message, "userUsec"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.userUsec);
                        if (message.systemUsec != null && Object.hasOwnProperty.call(message, "systemUsec"))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.systemUsec);
                        return writer;
                    };

                    /**
                     * Decodes a CPUStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v2.CPUStat} CPUStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CPUStat.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.io.containerd.cgroups.v2.CPUStat();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.usageUsec = reader.uint64();
                                    break;
                                }
                            case 2: {
                                    message.userUsec = reader.uint64();
                                    break;
                                }
                            case 3: {
                                    message.systemUsec = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for CPUStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v2.CPUStat
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    CPUStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/io.containerd.cgroups.v2.CPUStat";
                    };

                    return CPUStat;
                })();

                v2.MemoryStat = (function() {

                    /**
                     * Properties of a MemoryStat.
                     * @memberof io.containerd.cgroups.v2
                     * @interface IMemoryStat
                     * @property {number|null} [anon] MemoryStat anon
                     * @property {number|null} [file] MemoryStat file
                     * @property {number|null} [usage] MemoryStat usage
                     */

                    /**
                     * Constructs a new MemoryStat.
                     * @memberof io.containerd.cgroups.v2
                     * @classdesc Represents a MemoryStat.
                     * @implements IMemoryStat
                     * @constructor
                     * @param {io.containerd.cgroups.v2.IMemoryStat=} [properties] Properties to set
                     */
                    function MemoryStat(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * MemoryStat anon.
                     * @member {number} anon
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.anon = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat file.
                     * @member {number} file
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.file = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat usage.
                     * @member {number} usage
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new MemoryStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @static
                     * @param {io.containerd.cgroups.v2.IMemoryStat=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v2.MemoryStat} MemoryStat instance
                     */
                    MemoryStat.create = function create(properties) {
                        return new MemoryStat(properties);
                    };

                    /**
                     * Encodes the specified MemoryStat message. Does not implicitly {@link io.containerd.cgroups.v2.MemoryStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @static
                     * @param {io.containerd.cgroups.v2.IMemoryStat} message MemoryStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MemoryStat.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.anon != null && Object.hasOwnProperty.call(message, "anon"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.anon);
                        if (message.file != null && Object.hasOwnProperty.call(message, "file"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.file);
                        if (message.usage != null && Object.hasOwnProperty.call(message, "usage"))
                            writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.usage);
                        return writer;
                    };

                    /**
                     * Decodes a MemoryStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v2.MemoryStat} MemoryStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MemoryStat.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.io.containerd.cgroups.v2.MemoryStat();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.anon = reader.uint64();
                                    break;
                                }
                            case 2: {
                                    message.file = reader.uint64();
                                    break;
                                }
                            case 32: {
                                    message.usage = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for MemoryStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v2.MemoryStat
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    MemoryStat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/io.containerd.cgroups.v2.MemoryStat";
                    };

                    return MemoryStat;
                })();

                return v2;
            })();

            return cgroups;
        })();

        return containerd;
    })();

    return io;
})();

export const containerd = $root.containerd = (() => {

    /**
     * Namespace containerd.
     * @exports containerd
     * @namespace
     */
    const containerd = {};

    containerd.events = (function() {

        /**
         * Namespace events.
         * @memberof containerd
         * @namespace
         */
        const events = {};

        events.TaskCreate = (function() {

            /**
             * Properties of a TaskCreate.
             * @memberof containerd.events
             * @interface ITaskCreate
             * @property {string|null} [containerId] TaskCreate containerId
             * @property {string|null} [bundle] TaskCreate bundle
             * @property {Array.<containerd.types.IMount>|null} [rootfs] TaskCreate rootfs
             * @property {containerd.events.ITaskIO|null} [io] TaskCreate io
             * @property {string|null} [checkpoint] TaskCreate checkpoint
             * @property {number|null} [pid] TaskCreate pid
             */

            /**
             * Constructs a new TaskCreate.
             * @memberof containerd.events
             * @classdesc Represents a TaskCreate.
             * @implements ITaskCreate
             * @constructor
             * @param {containerd.events.ITaskCreate=} [properties] Properties to set
             */
            function TaskCreate(properties) {
                this.rootfs = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskCreate containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.containerId = "";

            /**
             * TaskCreate bundle.
             * @member {string} bundle
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.bundle = "";

            /**
             * TaskCreate rootfs.
             * @member {Array.<containerd.types.IMount>} rootfs
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.rootfs = $util.emptyArray;

            /**
             * TaskCreate io.
             * @member {containerd.events.ITaskIO|null|undefined} io
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.io = null;

            /**
             * TaskCreate checkpoint.
             * @member {string} checkpoint
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.checkpoint = "";

            /**
             * TaskCreate pid.
             * @member {number} pid
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.pid = 0;

            /**
             * Creates a new TaskCreate instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {containerd.events.ITaskCreate=} [properties] Properties to set
             * @returns {containerd.events.TaskCreate} TaskCreate instance
             */
            TaskCreate.create = function create(properties) {
                return new TaskCreate(properties);
            };

            /**
             * Encodes the specified TaskCreate message. Does not implicitly {@link containerd.events.TaskCreate.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {containerd.events.ITaskCreate} message TaskCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskCreate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.bundle != null && Object.hasOwnProperty.call(message, "bundle"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                if (message.rootfs != null && message.rootfs.length)
                    for (let i = 0; i < message.rootfs.length; ++i)
                        $root.containerd.types.Mount.encode(message.rootfs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.io != null && Object.hasOwnProperty.call(message, "io"))
                    $root.containerd.events.TaskIO.encode(message.io, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.checkpoint != null && Object.hasOwnProperty.call(message, "checkpoint"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.checkpoint);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.pid);
                return writer;
            };

            /**
             * Decodes a TaskCreate message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskCreate} TaskCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskCreate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskCreate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.bundle = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.rootfs && message.rootfs.length))
                                message.rootfs = [];
                            message.rootfs.push($root.containerd.types.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.io = $root.containerd.events.TaskIO.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.checkpoint = reader.string();
                            break;
                        }
                    case 6: {
                            message.pid = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskCreate
             * @function getTypeUrl
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskCreate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskCreate";
            };

            return TaskCreate;
        })();

        events.TaskStart = (function() {

            /**
             * Properties of a TaskStart.
             * @memberof containerd.events
             * @interface ITaskStart
             * @property {string|null} [containerId] TaskStart containerId
             * @property {number|null} [pid] TaskStart pid
             */

            /**
             * Constructs a new TaskStart.
             * @memberof containerd.events
             * @classdesc Represents a TaskStart.
             * @implements ITaskStart
             * @constructor
             * @param {containerd.events.ITaskStart=} [properties] Properties to set
             */
            function TaskStart(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskStart containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskStart
             * @instance
             */
            TaskStart.prototype.containerId = "";

            /**
             * TaskStart pid.
             * @member {number} pid
             * @memberof containerd.events.TaskStart
             * @instance
             */
            TaskStart.prototype.pid = 0;

            /**
             * Creates a new TaskStart instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskStart
             * @static
             * @param {containerd.events.ITaskStart=} [properties] Properties to set
             * @returns {containerd.events.TaskStart} TaskStart instance
             */
            TaskStart.create = function create(properties) {
                return new TaskStart(properties);
            };

            /**
             * Encodes the specified TaskStart message. Does not implicitly {@link containerd.events.TaskStart.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskStart
             * @static
             * @param {containerd.events.ITaskStart} message TaskStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStart.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                return writer;
            };

            /**
             * Decodes a TaskStart message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskStart} TaskStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStart.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskStart();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.pid = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskStart
             * @function getTypeUrl
             * @memberof containerd.events.TaskStart
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskStart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskStart";
            };

            return TaskStart;
        })();

        events.TaskDelete = (function() {

            /**
             * Properties of a TaskDelete.
             * @memberof containerd.events
             * @interface ITaskDelete
             * @property {string|null} [containerId] TaskDelete containerId
             * @property {number|null} [pid] TaskDelete pid
             * @property {number|null} [exitStatus] TaskDelete exitStatus
             * @property {google.protobuf.ITimestamp|null} [exitedAt] TaskDelete exitedAt
             * @property {string|null} [id] TaskDelete id
             */

            /**
             * Constructs a new TaskDelete.
             * @memberof containerd.events
             * @classdesc Represents a TaskDelete.
             * @implements ITaskDelete
             * @constructor
             * @param {containerd.events.ITaskDelete=} [properties] Properties to set
             */
            function TaskDelete(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskDelete containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.containerId = "";

            /**
             * TaskDelete pid.
             * @member {number} pid
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.pid = 0;

            /**
             * TaskDelete exitStatus.
             * @member {number} exitStatus
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.exitStatus = 0;

            /**
             * TaskDelete exitedAt.
             * @member {google.protobuf.ITimestamp|null|undefined} exitedAt
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.exitedAt = null;

            /**
             * TaskDelete id.
             * @member {string} id
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.id = "";

            /**
             * Creates a new TaskDelete instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {containerd.events.ITaskDelete=} [properties] Properties to set
             * @returns {containerd.events.TaskDelete} TaskDelete instance
             */
            TaskDelete.create = function create(properties) {
                return new TaskDelete(properties);
            };

            /**
             * Encodes the specified TaskDelete message. Does not implicitly {@link containerd.events.TaskDelete.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {containerd.events.ITaskDelete} message TaskDelete message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskDelete.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.exitStatus);
                if (message.exitedAt != null && Object.hasOwnProperty.call(message, "exitedAt"))
                    $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.id);
                return writer;
            };

            /**
             * Decodes a TaskDelete message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskDelete} TaskDelete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskDelete.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskDelete();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.exitStatus = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.id = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskDelete
             * @function getTypeUrl
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskDelete.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskDelete";
            };

            return TaskDelete;
        })();

        events.TaskIO = (function() {

            /**
             * Properties of a TaskIO.
             * @memberof containerd.events
             * @interface ITaskIO
             * @property {string|null} [stdin] TaskIO stdin
             * @property {string|null} [stdout] TaskIO stdout
             * @property {string|null} [stderr] TaskIO stderr
             * @property {boolean|null} [terminal] TaskIO terminal
             */

            /**
             * Constructs a new TaskIO.
             * @memberof containerd.events
             * @classdesc Represents a TaskIO.
             * @implements ITaskIO
             * @constructor
             * @param {containerd.events.ITaskIO=} [properties] Properties to set
             */
            function TaskIO(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskIO stdin.
             * @member {string} stdin
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stdin = "";

            /**
             * TaskIO stdout.
             * @member {string} stdout
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stdout = "";

            /**
             * TaskIO stderr.
             * @member {string} stderr
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stderr = "";

            /**
             * TaskIO terminal.
             * @member {boolean} terminal
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.terminal = false;

            /**
             * Creates a new TaskIO instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskIO
             * @static
             * @param {containerd.events.ITaskIO=} [properties] Properties to set
             * @returns {containerd.events.TaskIO} TaskIO instance
             */
            TaskIO.create = function create(properties) {
                return new TaskIO(properties);
            };

            /**
             * Encodes the specified TaskIO message. Does not implicitly {@link containerd.events.TaskIO.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskIO
             * @static
             * @param {containerd.events.ITaskIO} message TaskIO message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskIO.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.stdin);
                if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.stdout);
                if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stderr);
                if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminal);
                return writer;
            };

            /**
             * Decodes a TaskIO message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskIO
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskIO} TaskIO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskIO.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskIO();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.stdin = reader.string();
                            break;
                        }
                    case 2: {
                            message.stdout = reader.string();
                            break;
                        }
                    case 3: {
                            message.stderr = reader.string();
                            break;
                        }
                    case 4: {
                            message.terminal = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskIO
             * @function getTypeUrl
             * @memberof containerd.events.TaskIO
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskIO.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskIO";
            };

            return TaskIO;
        })();

        events.TaskExit = (function() {

            /**
             * Properties of a TaskExit.
             * @memberof containerd.events
             * @interface ITaskExit
             * @property {string|null} [containerId] TaskExit containerId
             * @property {string|null} [id] TaskExit id
             * @property {number|null} [pid] TaskExit pid
             * @property {number|null} [exitStatus] TaskExit exitStatus
             * @property {google.protobuf.ITimestamp|null} [exitedAt] TaskExit exitedAt
             */

            /**
             * Constructs a new TaskExit.
             * @memberof containerd.events
             * @classdesc Represents a TaskExit.
             * @implements ITaskExit
             * @constructor
             * @param {containerd.events.ITaskExit=} [properties] Properties to set
             */
            function TaskExit(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskExit containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.containerId = "";

            /**
             * TaskExit id.
             * @member {string} id
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.id = "";

            /**
             * TaskExit pid.
             * @member {number} pid
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.pid = 0;

            /**
             * TaskExit exitStatus.
             * @member {number} exitStatus
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.exitStatus = 0;

            /**
             * TaskExit exitedAt.
             * @member {google.protobuf.ITimestamp|null|undefined} exitedAt
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.exitedAt = null;

            /**
             * Creates a new TaskExit instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExit
             * @static
             * @param {containerd.events.ITaskExit=} [properties] Properties to set
             * @returns {containerd.events.TaskExit} TaskExit instance
             */
            TaskExit.create = function create(properties) {
                return new TaskExit(properties);
            };

            /**
             * Encodes the specified TaskExit message. Does not implicitly {@link containerd.events.TaskExit.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExit
             * @static
             * @param {containerd.events.ITaskExit} message TaskExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.exitStatus);
                if (message.exitedAt != null && Object.hasOwnProperty.call(message, "exitedAt"))
                    $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a TaskExit message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExit} TaskExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskExit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.id = reader.string();
                            break;
                        }
                    case 3: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.exitStatus = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskExit
             * @function getTypeUrl
             * @memberof containerd.events.TaskExit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskExit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskExit";
            };

            return TaskExit;
        })();

        events.TaskOOM = (function() {

            /**
             * Properties of a TaskOOM.
             * @memberof containerd.events
             * @interface ITaskOOM
             * @property {string|null} [containerId] TaskOOM containerId
             */

            /**
             * Constructs a new TaskOOM.
             * @memberof containerd.events
             * @classdesc Represents a TaskOOM.
             * @implements ITaskOOM
             * @constructor
             * @param {containerd.events.ITaskOOM=} [properties] Properties to set
             */
            function TaskOOM(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskOOM containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskOOM
             * @instance
             */
            TaskOOM.prototype.containerId = "";

            /**
             * Creates a new TaskOOM instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {containerd.events.ITaskOOM=} [properties] Properties to set
             * @returns {containerd.events.TaskOOM} TaskOOM instance
             */
            TaskOOM.create = function create(properties) {
                return new TaskOOM(properties);
            };

            /**
             * Encodes the specified TaskOOM message. Does not implicitly {@link containerd.events.TaskOOM.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {containerd.events.ITaskOOM} message TaskOOM message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskOOM.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a TaskOOM message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskOOM} TaskOOM
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskOOM.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskOOM();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskOOM
             * @function getTypeUrl
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskOOM.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskOOM";
            };

            return TaskOOM;
        })();

        events.TaskExecAdded = (function() {

            /**
             * Properties of a TaskExecAdded.
             * @memberof containerd.events
             * @interface ITaskExecAdded
             * @property {string|null} [containerId] TaskExecAdded containerId
             * @property {string|null} [execId] TaskExecAdded execId
             */

            /**
             * Constructs a new TaskExecAdded.
             * @memberof containerd.events
             * @classdesc Represents a TaskExecAdded.
             * @implements ITaskExecAdded
             * @constructor
             * @param {containerd.events.ITaskExecAdded=} [properties] Properties to set
             */
            function TaskExecAdded(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskExecAdded containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExecAdded
             * @instance
             */
            TaskExecAdded.prototype.containerId = "";

            /**
             * TaskExecAdded execId.
             * @member {string} execId
             * @memberof containerd.events.TaskExecAdded
             * @instance
             */
            TaskExecAdded.prototype.execId = "";

            /**
             * Creates a new TaskExecAdded instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {containerd.events.ITaskExecAdded=} [properties] Properties to set
             * @returns {containerd.events.TaskExecAdded} TaskExecAdded instance
             */
            TaskExecAdded.create = function create(properties) {
                return new TaskExecAdded(properties);
            };

            /**
             * Encodes the specified TaskExecAdded message. Does not implicitly {@link containerd.events.TaskExecAdded.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {containerd.events.ITaskExecAdded} message TaskExecAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExecAdded.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                return writer;
            };

            /**
             * Decodes a TaskExecAdded message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExecAdded} TaskExecAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExecAdded.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskExecAdded();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.execId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskExecAdded
             * @function getTypeUrl
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskExecAdded.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskExecAdded";
            };

            return TaskExecAdded;
        })();

        events.TaskExecStarted = (function() {

            /**
             * Properties of a TaskExecStarted.
             * @memberof containerd.events
             * @interface ITaskExecStarted
             * @property {string|null} [containerId] TaskExecStarted containerId
             * @property {string|null} [execId] TaskExecStarted execId
             * @property {number|null} [pid] TaskExecStarted pid
             */

            /**
             * Constructs a new TaskExecStarted.
             * @memberof containerd.events
             * @classdesc Represents a TaskExecStarted.
             * @implements ITaskExecStarted
             * @constructor
             * @param {containerd.events.ITaskExecStarted=} [properties] Properties to set
             */
            function TaskExecStarted(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskExecStarted containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.containerId = "";

            /**
             * TaskExecStarted execId.
             * @member {string} execId
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.execId = "";

            /**
             * TaskExecStarted pid.
             * @member {number} pid
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.pid = 0;

            /**
             * Creates a new TaskExecStarted instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {containerd.events.ITaskExecStarted=} [properties] Properties to set
             * @returns {containerd.events.TaskExecStarted} TaskExecStarted instance
             */
            TaskExecStarted.create = function create(properties) {
                return new TaskExecStarted(properties);
            };

            /**
             * Encodes the specified TaskExecStarted message. Does not implicitly {@link containerd.events.TaskExecStarted.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {containerd.events.ITaskExecStarted} message TaskExecStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExecStarted.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                return writer;
            };

            /**
             * Decodes a TaskExecStarted message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExecStarted} TaskExecStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExecStarted.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskExecStarted();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.execId = reader.string();
                            break;
                        }
                    case 3: {
                            message.pid = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskExecStarted
             * @function getTypeUrl
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskExecStarted.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskExecStarted";
            };

            return TaskExecStarted;
        })();

        events.TaskPaused = (function() {

            /**
             * Properties of a TaskPaused.
             * @memberof containerd.events
             * @interface ITaskPaused
             * @property {string|null} [containerId] TaskPaused containerId
             */

            /**
             * Constructs a new TaskPaused.
             * @memberof containerd.events
             * @classdesc Represents a TaskPaused.
             * @implements ITaskPaused
             * @constructor
             * @param {containerd.events.ITaskPaused=} [properties] Properties to set
             */
            function TaskPaused(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskPaused containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskPaused
             * @instance
             */
            TaskPaused.prototype.containerId = "";

            /**
             * Creates a new TaskPaused instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {containerd.events.ITaskPaused=} [properties] Properties to set
             * @returns {containerd.events.TaskPaused} TaskPaused instance
             */
            TaskPaused.create = function create(properties) {
                return new TaskPaused(properties);
            };

            /**
             * Encodes the specified TaskPaused message. Does not implicitly {@link containerd.events.TaskPaused.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {containerd.events.ITaskPaused} message TaskPaused message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskPaused.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a TaskPaused message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskPaused} TaskPaused
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskPaused.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskPaused();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskPaused
             * @function getTypeUrl
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskPaused.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskPaused";
            };

            return TaskPaused;
        })();

        events.TaskResumed = (function() {

            /**
             * Properties of a TaskResumed.
             * @memberof containerd.events
             * @interface ITaskResumed
             * @property {string|null} [containerId] TaskResumed containerId
             */

            /**
             * Constructs a new TaskResumed.
             * @memberof containerd.events
             * @classdesc Represents a TaskResumed.
             * @implements ITaskResumed
             * @constructor
             * @param {containerd.events.ITaskResumed=} [properties] Properties to set
             */
            function TaskResumed(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskResumed containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskResumed
             * @instance
             */
            TaskResumed.prototype.containerId = "";

            /**
             * Creates a new TaskResumed instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {containerd.events.ITaskResumed=} [properties] Properties to set
             * @returns {containerd.events.TaskResumed} TaskResumed instance
             */
            TaskResumed.create = function create(properties) {
                return new TaskResumed(properties);
            };

            /**
             * Encodes the specified TaskResumed message. Does not implicitly {@link containerd.events.TaskResumed.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {containerd.events.ITaskResumed} message TaskResumed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResumed.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                return writer;
            };

            /**
             * Decodes a TaskResumed message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskResumed} TaskResumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResumed.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskResumed();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskResumed
             * @function getTypeUrl
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskResumed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskResumed";
            };

            return TaskResumed;
        })();

        events.TaskCheckpointed = (function() {

            /**
             * Properties of a TaskCheckpointed.
             * @memberof containerd.events
             * @interface ITaskCheckpointed
             * @property {string|null} [containerId] TaskCheckpointed containerId
             * @property {string|null} [checkpoint] TaskCheckpointed checkpoint
             */

            /**
             * Constructs a new TaskCheckpointed.
             * @memberof containerd.events
             * @classdesc Represents a TaskCheckpointed.
             * @implements ITaskCheckpointed
             * @constructor
             * @param {containerd.events.ITaskCheckpointed=} [properties] Properties to set
             */
            function TaskCheckpointed(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TaskCheckpointed containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskCheckpointed
             * @instance
             */
            TaskCheckpointed.prototype.containerId = "";

            /**
             * TaskCheckpointed checkpoint.
             * @member {string} checkpoint
             * @memberof containerd.events.TaskCheckpointed
             * @instance
             */
            TaskCheckpointed.prototype.checkpoint = "";

            /**
             * Creates a new TaskCheckpointed instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskCheckpointed
             * @static
             * @param {containerd.events.ITaskCheckpointed=} [properties] Properties to set
             * @returns {containerd.events.TaskCheckpointed} TaskCheckpointed instance
             */
            TaskCheckpointed.create = function create(properties) {
                return new TaskCheckpointed(properties);
            };

            /**
             * Encodes the specified TaskCheckpointed message. Does not implicitly {@link containerd.events.TaskCheckpointed.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskCheckpointed
             * @static
             * @param {containerd.events.ITaskCheckpointed} message TaskCheckpointed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskCheckpointed.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.checkpoint != null && Object.hasOwnProperty.call(message, "checkpoint"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.checkpoint);
                return writer;
            };

            /**
             * Decodes a TaskCheckpointed message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskCheckpointed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskCheckpointed} TaskCheckpointed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskCheckpointed.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.events.TaskCheckpointed();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.containerId = reader.string();
                            break;
                        }
                    case 2: {
                            message.checkpoint = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for TaskCheckpointed
             * @function getTypeUrl
             * @memberof containerd.events.TaskCheckpointed
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TaskCheckpointed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.events.TaskCheckpointed";
            };

            return TaskCheckpointed;
        })();

        return events;
    })();

    containerd.types = (function() {

        /**
         * Namespace types.
         * @memberof containerd
         * @namespace
         */
        const types = {};

        types.Mount = (function() {

            /**
             * Properties of a Mount.
             * @memberof containerd.types
             * @interface IMount
             * @property {string|null} [type] Mount type
             * @property {string|null} [source] Mount source
             * @property {string|null} [target] Mount target
             * @property {Array.<string>|null} [options] Mount options
             */

            /**
             * Constructs a new Mount.
             * @memberof containerd.types
             * @classdesc Represents a Mount.
             * @implements IMount
             * @constructor
             * @param {containerd.types.IMount=} [properties] Properties to set
             */
            function Mount(properties) {
                this.options = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Mount type.
             * @member {string} type
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.type = "";

            /**
             * Mount source.
             * @member {string} source
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.source = "";

            /**
             * Mount target.
             * @member {string} target
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.target = "";

            /**
             * Mount options.
             * @member {Array.<string>} options
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.options = $util.emptyArray;

            /**
             * Creates a new Mount instance using the specified properties.
             * @function create
             * @memberof containerd.types.Mount
             * @static
             * @param {containerd.types.IMount=} [properties] Properties to set
             * @returns {containerd.types.Mount} Mount instance
             */
            Mount.create = function create(properties) {
                return new Mount(properties);
            };

            /**
             * Encodes the specified Mount message. Does not implicitly {@link containerd.types.Mount.verify|verify} messages.
             * @function encode
             * @memberof containerd.types.Mount
             * @static
             * @param {containerd.types.IMount} message Mount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mount.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.source != null && Object.hasOwnProperty.call(message, "source"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.target);
                if (message.options != null && message.options.length)
                    for (let i = 0; i < message.options.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.options[i]);
                return writer;
            };

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.types.Mount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.types.Mount} Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mount.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.containerd.types.Mount();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type = reader.string();
                            break;
                        }
                    case 2: {
                            message.source = reader.string();
                            break;
                        }
                    case 3: {
                            message.target = reader.string();
                            break;
                        }
                    case 4: {
                            if (!(message.options && message.options.length))
                                message.options = [];
                            message.options.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Mount
             * @function getTypeUrl
             * @memberof containerd.types.Mount
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Mount.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/containerd.types.Mount";
            };

            return Mount;
        })();

        return types;
    })();

    containerd.task = (function() {

        /**
         * Namespace task.
         * @memberof containerd
         * @namespace
         */
        const task = {};

        task.v2 = (function() {

            /**
             * Namespace v2.
             * @memberof containerd.task
             * @namespace
             */
            const v2 = {};

            v2.Task = (function() {

                /**
                 * Constructs a new Task service.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a Task
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Task(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Task.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Task;

                /**
                 * Creates new Task service using the specified rpc implementation.
                 * @function create
                 * @memberof containerd.task.v2.Task
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Task} RPC service. Useful where requests and/or responses are streamed.
                 */
                Task.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link containerd.task.v2.Task#state}.
                 * @memberof containerd.task.v2.Task
                 * @typedef StateCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.StateResponse} [response] StateResponse
                 */

                /**
                 * Calls State.
                 * @function state
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStateRequest} request StateRequest message or plain object
                 * @param {containerd.task.v2.Task.StateCallback} callback Node-style callback called with the error, if any, and StateResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.state = function state(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, state, $root.containerd.task.v2.StateRequest, $root.containerd.task.v2.StateResponse, request, callback);
                }, "name", { value: "State" });

                /**
                 * Calls State.
                 * @function state
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStateRequest} request StateRequest message or plain object
                 * @returns {Promise<containerd.task.v2.StateResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#create}.
                 * @memberof containerd.task.v2.Task
                 * @typedef CreateCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.CreateTaskResponse} [response] CreateTaskResponse
                 */

                /**
                 * Calls Create.
                 * @function create
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICreateTaskRequest} request CreateTaskRequest message or plain object
                 * @param {containerd.task.v2.Task.CreateCallback} callback Node-style callback called with the error, if any, and CreateTaskResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.create = function create(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, create, $root.containerd.task.v2.CreateTaskRequest, $root.containerd.task.v2.CreateTaskResponse, request, callback);
                }, "name", { value: "Create" });

                /**
                 * Calls Create.
                 * @function create
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICreateTaskRequest} request CreateTaskRequest message or plain object
                 * @returns {Promise<containerd.task.v2.CreateTaskResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#start}.
                 * @memberof containerd.task.v2.Task
                 * @typedef StartCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.StartResponse} [response] StartResponse
                 */

                /**
                 * Calls Start.
                 * @function start
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStartRequest} request StartRequest message or plain object
                 * @param {containerd.task.v2.Task.StartCallback} callback Node-style callback called with the error, if any, and StartResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.start = function start(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, start, $root.containerd.task.v2.StartRequest, $root.containerd.task.v2.StartResponse, request, callback);
                }, "name", { value: "Start" });

                /**
                 * Calls Start.
                 * @function start
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStartRequest} request StartRequest message or plain object
                 * @returns {Promise<containerd.task.v2.StartResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#delete_}.
                 * @memberof containerd.task.v2.Task
                 * @typedef DeleteCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.DeleteResponse} [response] DeleteResponse
                 */

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IDeleteRequest} request DeleteRequest message or plain object
                 * @param {containerd.task.v2.Task.DeleteCallback} callback Node-style callback called with the error, if any, and DeleteResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype["delete"] = function delete_(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, delete_, $root.containerd.task.v2.DeleteRequest, $root.containerd.task.v2.DeleteResponse, request, callback);
                }, "name", { value: "Delete" });

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IDeleteRequest} request DeleteRequest message or plain object
                 * @returns {Promise<containerd.task.v2.DeleteResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pids}.
                 * @memberof containerd.task.v2.Task
                 * @typedef PidsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.PidsResponse} [response] PidsResponse
                 */

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IPidsRequest} request PidsRequest message or plain object
                 * @param {containerd.task.v2.Task.PidsCallback} callback Node-style callback called with the error, if any, and PidsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.pids = function pids(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pids, $root.containerd.task.v2.PidsRequest, $root.containerd.task.v2.PidsResponse, request, callback);
                }, "name", { value: "Pids" });

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IPidsRequest} request PidsRequest message or plain object
                 * @returns {Promise<containerd.task.v2.PidsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pause}.
                 * @memberof containerd.task.v2.Task
                 * @typedef PauseCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IPauseRequest} request PauseRequest message or plain object
                 * @param {containerd.task.v2.Task.PauseCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.pause = function pause(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pause, $root.containerd.task.v2.PauseRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Pause" });

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IPauseRequest} request PauseRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resume}.
                 * @memberof containerd.task.v2.Task
                 * @typedef ResumeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IResumeRequest} request ResumeRequest message or plain object
                 * @param {containerd.task.v2.Task.ResumeCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.resume = function resume(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resume, $root.containerd.task.v2.ResumeRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Resume" });

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IResumeRequest} request ResumeRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#checkpoint}.
                 * @memberof containerd.task.v2.Task
                 * @typedef CheckpointCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Checkpoint.
                 * @function checkpoint
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICheckpointTaskRequest} request CheckpointTaskRequest message or plain object
                 * @param {containerd.task.v2.Task.CheckpointCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.checkpoint = function checkpoint(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, checkpoint, $root.containerd.task.v2.CheckpointTaskRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Checkpoint" });

                /**
                 * Calls Checkpoint.
                 * @function checkpoint
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICheckpointTaskRequest} request CheckpointTaskRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#kill}.
                 * @memberof containerd.task.v2.Task
                 * @typedef KillCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IKillRequest} request KillRequest message or plain object
                 * @param {containerd.task.v2.Task.KillCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.kill = function kill(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, kill, $root.containerd.task.v2.KillRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Kill" });

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IKillRequest} request KillRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#exec}.
                 * @memberof containerd.task.v2.Task
                 * @typedef ExecCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IExecProcessRequest} request ExecProcessRequest message or plain object
                 * @param {containerd.task.v2.Task.ExecCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.exec = function exec(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, exec, $root.containerd.task.v2.ExecProcessRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Exec" });

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IExecProcessRequest} request ExecProcessRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resizePty}.
                 * @memberof containerd.task.v2.Task
                 * @typedef ResizePtyCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @param {containerd.task.v2.Task.ResizePtyCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.resizePty = function resizePty(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resizePty, $root.containerd.task.v2.ResizePtyRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "ResizePty" });

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#closeIO}.
                 * @memberof containerd.task.v2.Task
                 * @typedef CloseIOCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls CloseIO.
                 * @function closeIO
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICloseIORequest} request CloseIORequest message or plain object
                 * @param {containerd.task.v2.Task.CloseIOCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.closeIO = function closeIO(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, closeIO, $root.containerd.task.v2.CloseIORequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "CloseIO" });

                /**
                 * Calls CloseIO.
                 * @function closeIO
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.ICloseIORequest} request CloseIORequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#update}.
                 * @memberof containerd.task.v2.Task
                 * @typedef UpdateCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Update.
                 * @function update
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IUpdateTaskRequest} request UpdateTaskRequest message or plain object
                 * @param {containerd.task.v2.Task.UpdateCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.update = function update(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, update, $root.containerd.task.v2.UpdateTaskRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Update" });

                /**
                 * Calls Update.
                 * @function update
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IUpdateTaskRequest} request UpdateTaskRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#wait}.
                 * @memberof containerd.task.v2.Task
                 * @typedef WaitCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.WaitResponse} [response] WaitResponse
                 */

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IWaitRequest} request WaitRequest message or plain object
                 * @param {containerd.task.v2.Task.WaitCallback} callback Node-style callback called with the error, if any, and WaitResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.wait = function wait(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, wait, $root.containerd.task.v2.WaitRequest, $root.containerd.task.v2.WaitResponse, request, callback);
                }, "name", { value: "Wait" });

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IWaitRequest} request WaitRequest message or plain object
                 * @returns {Promise<containerd.task.v2.WaitResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#stats}.
                 * @memberof containerd.task.v2.Task
                 * @typedef StatsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.StatsResponse} [response] StatsResponse
                 */

                /**
                 * Calls Stats.
                 * @function stats
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStatsRequest} request StatsRequest message or plain object
                 * @param {containerd.task.v2.Task.StatsCallback} callback Node-style callback called with the error, if any, and StatsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.stats = function stats(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, stats, $root.containerd.task.v2.StatsRequest, $root.containerd.task.v2.StatsResponse, request, callback);
                }, "name", { value: "Stats" });

                /**
                 * Calls Stats.
                 * @function stats
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IStatsRequest} request StatsRequest message or plain object
                 * @returns {Promise<containerd.task.v2.StatsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#connect}.
                 * @memberof containerd.task.v2.Task
                 * @typedef ConnectCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {containerd.task.v2.ConnectResponse} [response] ConnectResponse
                 */

                /**
                 * Calls Connect.
                 * @function connect
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IConnectRequest} request ConnectRequest message or plain object
                 * @param {containerd.task.v2.Task.ConnectCallback} callback Node-style callback called with the error, if any, and ConnectResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.connect = function connect(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, connect, $root.containerd.task.v2.ConnectRequest, $root.containerd.task.v2.ConnectResponse, request, callback);
                }, "name", { value: "Connect" });

                /**
                 * Calls Connect.
                 * @function connect
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IConnectRequest} request ConnectRequest message or plain object
                 * @returns {Promise<containerd.task.v2.ConnectResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link containerd.task.v2.Task#shutdown}.
                 * @memberof containerd.task.v2.Task
                 * @typedef ShutdownCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {google.protobuf.Empty} [response] Empty
                 */

                /**
                 * Calls Shutdown.
                 * @function shutdown
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IShutdownRequest} request ShutdownRequest message or plain object
                 * @param {containerd.task.v2.Task.ShutdownCallback} callback Node-style callback called with the error, if any, and Empty
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Task.prototype.shutdown = function shutdown(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, shutdown, $root.containerd.task.v2.ShutdownRequest, $root.google.protobuf.Empty, request, callback);
                }, "name", { value: "Shutdown" });

                /**
                 * Calls Shutdown.
                 * @function shutdown
                 * @memberof containerd.task.v2.Task
                 * @instance
                 * @param {containerd.task.v2.IShutdownRequest} request ShutdownRequest message or plain object
                 * @returns {Promise<google.protobuf.Empty>} Promise
                 * @variation 2
                 */

                return Task;
            })();

            v2.CreateTaskRequest = (function() {

                /**
                 * Properties of a CreateTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface ICreateTaskRequest
                 * @property {string|null} [id] CreateTaskRequest id
                 * @property {string|null} [bundle] CreateTaskRequest bundle
                 * @property {Array.<containerd.types.IMount>|null} [rootfs] CreateTaskRequest rootfs
                 * @property {boolean|null} [terminal] CreateTaskRequest terminal
                 * @property {string|null} [stdin] CreateTaskRequest stdin
                 * @property {string|null} [stdout] CreateTaskRequest stdout
                 * @property {string|null} [stderr] CreateTaskRequest stderr
                 * @property {string|null} [checkpoint] CreateTaskRequest checkpoint
                 * @property {string|null} [parentCheckpoint] CreateTaskRequest parentCheckpoint
                 * @property {google.protobuf.IAny|null} [options] CreateTaskRequest options
                 */

                /**
                 * Constructs a new CreateTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CreateTaskRequest.
                 * @implements ICreateTaskRequest
                 * @constructor
                 * @param {containerd.task.v2.ICreateTaskRequest=} [properties] Properties to set
                 */
                function CreateTaskRequest(properties) {
                    this.rootfs = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.id = "";

                /**
                 * CreateTaskRequest bundle.
                 * @member {string} bundle
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.bundle = "";

                /**
                 * CreateTaskRequest rootfs.
                 * @member {Array.<containerd.types.IMount>} rootfs
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.rootfs = $util.emptyArray;

                /**
                 * CreateTaskRequest terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.terminal = false;

                /**
                 * CreateTaskRequest stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stdin = "";

                /**
                 * CreateTaskRequest stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stdout = "";

                /**
                 * CreateTaskRequest stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stderr = "";

                /**
                 * CreateTaskRequest checkpoint.
                 * @member {string} checkpoint
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.checkpoint = "";

                /**
                 * CreateTaskRequest parentCheckpoint.
                 * @member {string} parentCheckpoint
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.parentCheckpoint = "";

                /**
                 * CreateTaskRequest options.
                 * @member {google.protobuf.IAny|null|undefined} options
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.options = null;

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {containerd.task.v2.ICreateTaskRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.CreateTaskRequest} CreateTaskRequest instance
                 */
                CreateTaskRequest.create = function create(properties) {
                    return new CreateTaskRequest(properties);
                };

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link containerd.task.v2.CreateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {containerd.task.v2.ICreateTaskRequest} message CreateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.bundle != null && Object.hasOwnProperty.call(message, "bundle"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                    if (message.rootfs != null && message.rootfs.length)
                        for (let i = 0; i < message.rootfs.length; ++i)
                            $root.containerd.types.Mount.encode(message.rootfs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminal);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stderr);
                    if (message.checkpoint != null && Object.hasOwnProperty.call(message, "checkpoint"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.checkpoint);
                    if (message.parentCheckpoint != null && Object.hasOwnProperty.call(message, "parentCheckpoint"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.parentCheckpoint);
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        $root.google.protobuf.Any.encode(message.options, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CreateTaskRequest} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.CreateTaskRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.bundle = reader.string();
                                break;
                            }
                        case 3: {
                                if (!(message.rootfs && message.rootfs.length))
                                    message.rootfs = [];
                                message.rootfs.push($root.containerd.types.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.terminal = reader.bool();
                                break;
                            }
                        case 5: {
                                message.stdin = reader.string();
                                break;
                            }
                        case 6: {
                                message.stdout = reader.string();
                                break;
                            }
                        case 7: {
                                message.stderr = reader.string();
                                break;
                            }
                        case 8: {
                                message.checkpoint = reader.string();
                                break;
                            }
                        case 9: {
                                message.parentCheckpoint = reader.string();
                                break;
                            }
                        case 10: {
                                message.options = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateTaskRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.CreateTaskRequest";
                };

                return CreateTaskRequest;
            })();

            v2.CreateTaskResponse = (function() {

                /**
                 * Properties of a CreateTaskResponse.
                 * @memberof containerd.task.v2
                 * @interface ICreateTaskResponse
                 * @property {number|null} [pid] CreateTaskResponse pid
                 */

                /**
                 * Constructs a new CreateTaskResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CreateTaskResponse.
                 * @implements ICreateTaskResponse
                 * @constructor
                 * @param {containerd.task.v2.ICreateTaskResponse=} [properties] Properties to set
                 */
                function CreateTaskResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateTaskResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @instance
                 */
                CreateTaskResponse.prototype.pid = 0;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {containerd.task.v2.ICreateTaskResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.CreateTaskResponse} CreateTaskResponse instance
                 */
                CreateTaskResponse.create = function create(properties) {
                    return new CreateTaskResponse(properties);
                };

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link containerd.task.v2.CreateTaskResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {containerd.task.v2.ICreateTaskResponse} message CreateTaskResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    return writer;
                };

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CreateTaskResponse} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.CreateTaskResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateTaskResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateTaskResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.CreateTaskResponse";
                };

                return CreateTaskResponse;
            })();

            v2.DeleteRequest = (function() {

                /**
                 * Properties of a DeleteRequest.
                 * @memberof containerd.task.v2
                 * @interface IDeleteRequest
                 * @property {string|null} [id] DeleteRequest id
                 * @property {string|null} [execId] DeleteRequest execId
                 */

                /**
                 * Constructs a new DeleteRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a DeleteRequest.
                 * @implements IDeleteRequest
                 * @constructor
                 * @param {containerd.task.v2.IDeleteRequest=} [properties] Properties to set
                 */
                function DeleteRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeleteRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.id = "";

                /**
                 * DeleteRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.execId = "";

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {containerd.task.v2.IDeleteRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.DeleteRequest} DeleteRequest instance
                 */
                DeleteRequest.create = function create(properties) {
                    return new DeleteRequest(properties);
                };

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link containerd.task.v2.DeleteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {containerd.task.v2.IDeleteRequest} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.DeleteRequest} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.DeleteRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.DeleteRequest";
                };

                return DeleteRequest;
            })();

            v2.DeleteResponse = (function() {

                /**
                 * Properties of a DeleteResponse.
                 * @memberof containerd.task.v2
                 * @interface IDeleteResponse
                 * @property {number|null} [pid] DeleteResponse pid
                 * @property {number|null} [exitStatus] DeleteResponse exitStatus
                 * @property {google.protobuf.ITimestamp|null} [exitedAt] DeleteResponse exitedAt
                 */

                /**
                 * Constructs a new DeleteResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a DeleteResponse.
                 * @implements IDeleteResponse
                 * @constructor
                 * @param {containerd.task.v2.IDeleteResponse=} [properties] Properties to set
                 */
                function DeleteResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeleteResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.pid = 0;

                /**
                 * DeleteResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitStatus = 0;

                /**
                 * DeleteResponse exitedAt.
                 * @member {google.protobuf.ITimestamp|null|undefined} exitedAt
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitedAt = null;

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {containerd.task.v2.IDeleteResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.DeleteResponse} DeleteResponse instance
                 */
                DeleteResponse.create = function create(properties) {
                    return new DeleteResponse(properties);
                };

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link containerd.task.v2.DeleteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {containerd.task.v2.IDeleteResponse} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.exitStatus);
                    if (message.exitedAt != null && Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.DeleteResponse} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.DeleteResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.exitStatus = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.DeleteResponse";
                };

                return DeleteResponse;
            })();

            v2.ExecProcessRequest = (function() {

                /**
                 * Properties of an ExecProcessRequest.
                 * @memberof containerd.task.v2
                 * @interface IExecProcessRequest
                 * @property {string|null} [id] ExecProcessRequest id
                 * @property {string|null} [execId] ExecProcessRequest execId
                 * @property {boolean|null} [terminal] ExecProcessRequest terminal
                 * @property {string|null} [stdin] ExecProcessRequest stdin
                 * @property {string|null} [stdout] ExecProcessRequest stdout
                 * @property {string|null} [stderr] ExecProcessRequest stderr
                 * @property {google.protobuf.IAny|null} [spec] ExecProcessRequest spec
                 */

                /**
                 * Constructs a new ExecProcessRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents an ExecProcessRequest.
                 * @implements IExecProcessRequest
                 * @constructor
                 * @param {containerd.task.v2.IExecProcessRequest=} [properties] Properties to set
                 */
                function ExecProcessRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExecProcessRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.id = "";

                /**
                 * ExecProcessRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.execId = "";

                /**
                 * ExecProcessRequest terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.terminal = false;

                /**
                 * ExecProcessRequest stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stdin = "";

                /**
                 * ExecProcessRequest stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stdout = "";

                /**
                 * ExecProcessRequest stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stderr = "";

                /**
                 * ExecProcessRequest spec.
                 * @member {google.protobuf.IAny|null|undefined} spec
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.spec = null;

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {containerd.task.v2.IExecProcessRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.ExecProcessRequest} ExecProcessRequest instance
                 */
                ExecProcessRequest.create = function create(properties) {
                    return new ExecProcessRequest(properties);
                };

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link containerd.task.v2.ExecProcessRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {containerd.task.v2.IExecProcessRequest} message ExecProcessRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecProcessRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.terminal);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stderr);
                    if (message.spec != null && Object.hasOwnProperty.call(message, "spec"))
                        $root.google.protobuf.Any.encode(message.spec, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ExecProcessRequest} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecProcessRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ExecProcessRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.terminal = reader.bool();
                                break;
                            }
                        case 4: {
                                message.stdin = reader.string();
                                break;
                            }
                        case 5: {
                                message.stdout = reader.string();
                                break;
                            }
                        case 6: {
                                message.stderr = reader.string();
                                break;
                            }
                        case 7: {
                                message.spec = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecProcessRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecProcessRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ExecProcessRequest";
                };

                return ExecProcessRequest;
            })();

            v2.ExecProcessResponse = (function() {

                /**
                 * Properties of an ExecProcessResponse.
                 * @memberof containerd.task.v2
                 * @interface IExecProcessResponse
                 */

                /**
                 * Constructs a new ExecProcessResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents an ExecProcessResponse.
                 * @implements IExecProcessResponse
                 * @constructor
                 * @param {containerd.task.v2.IExecProcessResponse=} [properties] Properties to set
                 */
                function ExecProcessResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ExecProcessResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ExecProcessResponse
                 * @static
                 * @param {containerd.task.v2.IExecProcessResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.ExecProcessResponse} ExecProcessResponse instance
                 */
                ExecProcessResponse.create = function create(properties) {
                    return new ExecProcessResponse(properties);
                };

                /**
                 * Encodes the specified ExecProcessResponse message. Does not implicitly {@link containerd.task.v2.ExecProcessResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ExecProcessResponse
                 * @static
                 * @param {containerd.task.v2.IExecProcessResponse} message ExecProcessResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecProcessResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes an ExecProcessResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ExecProcessResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ExecProcessResponse} ExecProcessResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecProcessResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ExecProcessResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecProcessResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ExecProcessResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecProcessResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ExecProcessResponse";
                };

                return ExecProcessResponse;
            })();

            v2.ResizePtyRequest = (function() {

                /**
                 * Properties of a ResizePtyRequest.
                 * @memberof containerd.task.v2
                 * @interface IResizePtyRequest
                 * @property {string|null} [id] ResizePtyRequest id
                 * @property {string|null} [execId] ResizePtyRequest execId
                 * @property {number|null} [width] ResizePtyRequest width
                 * @property {number|null} [height] ResizePtyRequest height
                 */

                /**
                 * Constructs a new ResizePtyRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ResizePtyRequest.
                 * @implements IResizePtyRequest
                 * @constructor
                 * @param {containerd.task.v2.IResizePtyRequest=} [properties] Properties to set
                 */
                function ResizePtyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResizePtyRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.id = "";

                /**
                 * ResizePtyRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.execId = "";

                /**
                 * ResizePtyRequest width.
                 * @member {number} width
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.width = 0;

                /**
                 * ResizePtyRequest height.
                 * @member {number} height
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.height = 0;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {containerd.task.v2.IResizePtyRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.ResizePtyRequest} ResizePtyRequest instance
                 */
                ResizePtyRequest.create = function create(properties) {
                    return new ResizePtyRequest(properties);
                };

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link containerd.task.v2.ResizePtyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {containerd.task.v2.IResizePtyRequest} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    return writer;
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ResizePtyRequest} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ResizePtyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.width = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.height = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResizePtyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ResizePtyRequest";
                };

                return ResizePtyRequest;
            })();

            v2.StateRequest = (function() {

                /**
                 * Properties of a StateRequest.
                 * @memberof containerd.task.v2
                 * @interface IStateRequest
                 * @property {string|null} [id] StateRequest id
                 * @property {string|null} [execId] StateRequest execId
                 */

                /**
                 * Constructs a new StateRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StateRequest.
                 * @implements IStateRequest
                 * @constructor
                 * @param {containerd.task.v2.IStateRequest=} [properties] Properties to set
                 */
                function StateRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StateRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StateRequest
                 * @instance
                 */
                StateRequest.prototype.id = "";

                /**
                 * StateRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StateRequest
                 * @instance
                 */
                StateRequest.prototype.execId = "";

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {containerd.task.v2.IStateRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.StateRequest} StateRequest instance
                 */
                StateRequest.create = function create(properties) {
                    return new StateRequest(properties);
                };

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link containerd.task.v2.StateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {containerd.task.v2.IStateRequest} message StateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StateRequest} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StateRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StateRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StateRequest";
                };

                return StateRequest;
            })();

            v2.StateResponse = (function() {

                /**
                 * Properties of a StateResponse.
                 * @memberof containerd.task.v2
                 * @interface IStateResponse
                 * @property {string|null} [id] StateResponse id
                 * @property {string|null} [bundle] StateResponse bundle
                 * @property {number|null} [pid] StateResponse pid
                 * @property {containerd.v1.types.Status|null} [status] StateResponse status
                 * @property {string|null} [stdin] StateResponse stdin
                 * @property {string|null} [stdout] StateResponse stdout
                 * @property {string|null} [stderr] StateResponse stderr
                 * @property {boolean|null} [terminal] StateResponse terminal
                 * @property {number|null} [exitStatus] StateResponse exitStatus
                 * @property {google.protobuf.ITimestamp|null} [exitedAt] StateResponse exitedAt
                 * @property {string|null} [execId] StateResponse execId
                 */

                /**
                 * Constructs a new StateResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StateResponse.
                 * @implements IStateResponse
                 * @constructor
                 * @param {containerd.task.v2.IStateResponse=} [properties] Properties to set
                 */
                function StateResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StateResponse id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.id = "";

                /**
                 * StateResponse bundle.
                 * @member {string} bundle
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.bundle = "";

                /**
                 * StateResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.pid = 0;

                /**
                 * StateResponse status.
                 * @member {containerd.v1.types.Status} status
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.status = 0;

                /**
                 * StateResponse stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stdin = "";

                /**
                 * StateResponse stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stdout = "";

                /**
                 * StateResponse stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stderr = "";

                /**
                 * StateResponse terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.terminal = false;

                /**
                 * StateResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitStatus = 0;

                /**
                 * StateResponse exitedAt.
                 * @member {google.protobuf.ITimestamp|null|undefined} exitedAt
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitedAt = null;

                /**
                 * StateResponse execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.execId = "";

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {containerd.task.v2.IStateResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.StateResponse} StateResponse instance
                 */
                StateResponse.create = function create(properties) {
                    return new StateResponse(properties);
                };

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link containerd.task.v2.StateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {containerd.task.v2.IStateResponse} message StateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.bundle != null && Object.hasOwnProperty.call(message, "bundle"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stderr);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.terminal);
                    if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.exitStatus);
                    if (message.exitedAt != null && Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StateResponse} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StateResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.bundle = reader.string();
                                break;
                            }
                        case 3: {
                                message.pid = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.status = reader.int32();
                                break;
                            }
                        case 5: {
                                message.stdin = reader.string();
                                break;
                            }
                        case 6: {
                                message.stdout = reader.string();
                                break;
                            }
                        case 7: {
                                message.stderr = reader.string();
                                break;
                            }
                        case 8: {
                                message.terminal = reader.bool();
                                break;
                            }
                        case 9: {
                                message.exitStatus = reader.uint32();
                                break;
                            }
                        case 10: {
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StateResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StateResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StateResponse";
                };

                return StateResponse;
            })();

            v2.KillRequest = (function() {

                /**
                 * Properties of a KillRequest.
                 * @memberof containerd.task.v2
                 * @interface IKillRequest
                 * @property {string|null} [id] KillRequest id
                 * @property {string|null} [execId] KillRequest execId
                 * @property {number|null} [signal] KillRequest signal
                 * @property {boolean|null} [all] KillRequest all
                 */

                /**
                 * Constructs a new KillRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a KillRequest.
                 * @implements IKillRequest
                 * @constructor
                 * @param {containerd.task.v2.IKillRequest=} [properties] Properties to set
                 */
                function KillRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * KillRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.id = "";

                /**
                 * KillRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.execId = "";

                /**
                 * KillRequest signal.
                 * @member {number} signal
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.signal = 0;

                /**
                 * KillRequest all.
                 * @member {boolean} all
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.all = false;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {containerd.task.v2.IKillRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.KillRequest} KillRequest instance
                 */
                KillRequest.create = function create(properties) {
                    return new KillRequest(properties);
                };

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link containerd.task.v2.KillRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {containerd.task.v2.IKillRequest} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signal);
                    if (message.all != null && Object.hasOwnProperty.call(message, "all"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.all);
                    return writer;
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.KillRequest} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.KillRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.signal = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.all = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KillRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KillRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.KillRequest";
                };

                return KillRequest;
            })();

            v2.CloseIORequest = (function() {

                /**
                 * Properties of a CloseIORequest.
                 * @memberof containerd.task.v2
                 * @interface ICloseIORequest
                 * @property {string|null} [id] CloseIORequest id
                 * @property {string|null} [execId] CloseIORequest execId
                 * @property {boolean|null} [stdin] CloseIORequest stdin
                 */

                /**
                 * Constructs a new CloseIORequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CloseIORequest.
                 * @implements ICloseIORequest
                 * @constructor
                 * @param {containerd.task.v2.ICloseIORequest=} [properties] Properties to set
                 */
                function CloseIORequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CloseIORequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.id = "";

                /**
                 * CloseIORequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.execId = "";

                /**
                 * CloseIORequest stdin.
                 * @member {boolean} stdin
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.stdin = false;

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {containerd.task.v2.ICloseIORequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.CloseIORequest} CloseIORequest instance
                 */
                CloseIORequest.create = function create(properties) {
                    return new CloseIORequest(properties);
                };

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link containerd.task.v2.CloseIORequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {containerd.task.v2.ICloseIORequest} message CloseIORequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseIORequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.stdin);
                    return writer;
                };

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CloseIORequest} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseIORequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.CloseIORequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.stdin = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CloseIORequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CloseIORequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.CloseIORequest";
                };

                return CloseIORequest;
            })();

            v2.PidsRequest = (function() {

                /**
                 * Properties of a PidsRequest.
                 * @memberof containerd.task.v2
                 * @interface IPidsRequest
                 * @property {string|null} [id] PidsRequest id
                 */

                /**
                 * Constructs a new PidsRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PidsRequest.
                 * @implements IPidsRequest
                 * @constructor
                 * @param {containerd.task.v2.IPidsRequest=} [properties] Properties to set
                 */
                function PidsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.PidsRequest
                 * @instance
                 */
                PidsRequest.prototype.id = "";

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {containerd.task.v2.IPidsRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.PidsRequest} PidsRequest instance
                 */
                PidsRequest.create = function create(properties) {
                    return new PidsRequest(properties);
                };

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link containerd.task.v2.PidsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {containerd.task.v2.IPidsRequest} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PidsRequest} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.PidsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.PidsRequest";
                };

                return PidsRequest;
            })();

            v2.PidsResponse = (function() {

                /**
                 * Properties of a PidsResponse.
                 * @memberof containerd.task.v2
                 * @interface IPidsResponse
                 * @property {Array.<containerd.v1.types.IProcessInfo>|null} [processes] PidsResponse processes
                 */

                /**
                 * Constructs a new PidsResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PidsResponse.
                 * @implements IPidsResponse
                 * @constructor
                 * @param {containerd.task.v2.IPidsResponse=} [properties] Properties to set
                 */
                function PidsResponse(properties) {
                    this.processes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsResponse processes.
                 * @member {Array.<containerd.v1.types.IProcessInfo>} processes
                 * @memberof containerd.task.v2.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.processes = $util.emptyArray;

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {containerd.task.v2.IPidsResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.PidsResponse} PidsResponse instance
                 */
                PidsResponse.create = function create(properties) {
                    return new PidsResponse(properties);
                };

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link containerd.task.v2.PidsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {containerd.task.v2.IPidsResponse} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.containerd.v1.types.ProcessInfo.encode(message.processes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PidsResponse} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.PidsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.containerd.v1.types.ProcessInfo.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.PidsResponse";
                };

                return PidsResponse;
            })();

            v2.CheckpointTaskRequest = (function() {

                /**
                 * Properties of a CheckpointTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface ICheckpointTaskRequest
                 * @property {string|null} [id] CheckpointTaskRequest id
                 * @property {string|null} [path] CheckpointTaskRequest path
                 * @property {google.protobuf.IAny|null} [options] CheckpointTaskRequest options
                 */

                /**
                 * Constructs a new CheckpointTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CheckpointTaskRequest.
                 * @implements ICheckpointTaskRequest
                 * @constructor
                 * @param {containerd.task.v2.ICheckpointTaskRequest=} [properties] Properties to set
                 */
                function CheckpointTaskRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CheckpointTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.id = "";

                /**
                 * CheckpointTaskRequest path.
                 * @member {string} path
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.path = "";

                /**
                 * CheckpointTaskRequest options.
                 * @member {google.protobuf.IAny|null|undefined} options
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.options = null;

                /**
                 * Creates a new CheckpointTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {containerd.task.v2.ICheckpointTaskRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.CheckpointTaskRequest} CheckpointTaskRequest instance
                 */
                CheckpointTaskRequest.create = function create(properties) {
                    return new CheckpointTaskRequest(properties);
                };

                /**
                 * Encodes the specified CheckpointTaskRequest message. Does not implicitly {@link containerd.task.v2.CheckpointTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {containerd.task.v2.ICheckpointTaskRequest} message CheckpointTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CheckpointTaskRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        $root.google.protobuf.Any.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a CheckpointTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CheckpointTaskRequest} CheckpointTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CheckpointTaskRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.CheckpointTaskRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.path = reader.string();
                                break;
                            }
                        case 3: {
                                message.options = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CheckpointTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CheckpointTaskRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.CheckpointTaskRequest";
                };

                return CheckpointTaskRequest;
            })();

            v2.UpdateTaskRequest = (function() {

                /**
                 * Properties of an UpdateTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface IUpdateTaskRequest
                 * @property {string|null} [id] UpdateTaskRequest id
                 * @property {google.protobuf.IAny|null} [resources] UpdateTaskRequest resources
                 * @property {Object.<string,string>|null} [annotations] UpdateTaskRequest annotations
                 */

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents an UpdateTaskRequest.
                 * @implements IUpdateTaskRequest
                 * @constructor
                 * @param {containerd.task.v2.IUpdateTaskRequest=} [properties] Properties to set
                 */
                function UpdateTaskRequest(properties) {
                    this.annotations = {};
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * UpdateTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.id = "";

                /**
                 * UpdateTaskRequest resources.
                 * @member {google.protobuf.IAny|null|undefined} resources
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.resources = null;

                /**
                 * UpdateTaskRequest annotations.
                 * @member {Object.<string,string>} annotations
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.annotations = $util.emptyObject;

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {containerd.task.v2.IUpdateTaskRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.UpdateTaskRequest} UpdateTaskRequest instance
                 */
                UpdateTaskRequest.create = function create(properties) {
                    return new UpdateTaskRequest(properties);
                };

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link containerd.task.v2.UpdateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {containerd.task.v2.IUpdateTaskRequest} message UpdateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateTaskRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                        $root.google.protobuf.Any.encode(message.resources, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                        for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                    return writer;
                };

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.UpdateTaskRequest} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateTaskRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.UpdateTaskRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.resources = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                if (message.annotations === $util.emptyObject)
                                    message.annotations = {};
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = reader.string();
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.annotations, key);
                                message.annotations[key] = value;
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for UpdateTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                UpdateTaskRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.UpdateTaskRequest";
                };

                return UpdateTaskRequest;
            })();

            v2.StartRequest = (function() {

                /**
                 * Properties of a StartRequest.
                 * @memberof containerd.task.v2
                 * @interface IStartRequest
                 * @property {string|null} [id] StartRequest id
                 * @property {string|null} [execId] StartRequest execId
                 */

                /**
                 * Constructs a new StartRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StartRequest.
                 * @implements IStartRequest
                 * @constructor
                 * @param {containerd.task.v2.IStartRequest=} [properties] Properties to set
                 */
                function StartRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StartRequest
                 * @instance
                 */
                StartRequest.prototype.id = "";

                /**
                 * StartRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StartRequest
                 * @instance
                 */
                StartRequest.prototype.execId = "";

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {containerd.task.v2.IStartRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.StartRequest} StartRequest instance
                 */
                StartRequest.create = function create(properties) {
                    return new StartRequest(properties);
                };

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link containerd.task.v2.StartRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {containerd.task.v2.IStartRequest} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StartRequest} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StartRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StartRequest";
                };

                return StartRequest;
            })();

            v2.StartResponse = (function() {

                /**
                 * Properties of a StartResponse.
                 * @memberof containerd.task.v2
                 * @interface IStartResponse
                 * @property {number|null} [pid] StartResponse pid
                 */

                /**
                 * Constructs a new StartResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StartResponse.
                 * @implements IStartResponse
                 * @constructor
                 * @param {containerd.task.v2.IStartResponse=} [properties] Properties to set
                 */
                function StartResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.StartResponse
                 * @instance
                 */
                StartResponse.prototype.pid = 0;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {containerd.task.v2.IStartResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.StartResponse} StartResponse instance
                 */
                StartResponse.create = function create(properties) {
                    return new StartResponse(properties);
                };

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link containerd.task.v2.StartResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {containerd.task.v2.IStartResponse} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    return writer;
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StartResponse} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StartResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StartResponse";
                };

                return StartResponse;
            })();

            v2.WaitRequest = (function() {

                /**
                 * Properties of a WaitRequest.
                 * @memberof containerd.task.v2
                 * @interface IWaitRequest
                 * @property {string|null} [id] WaitRequest id
                 * @property {string|null} [execId] WaitRequest execId
                 */

                /**
                 * Constructs a new WaitRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a WaitRequest.
                 * @implements IWaitRequest
                 * @constructor
                 * @param {containerd.task.v2.IWaitRequest=} [properties] Properties to set
                 */
                function WaitRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.id = "";

                /**
                 * WaitRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.execId = "";

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {containerd.task.v2.IWaitRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.WaitRequest} WaitRequest instance
                 */
                WaitRequest.create = function create(properties) {
                    return new WaitRequest(properties);
                };

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link containerd.task.v2.WaitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {containerd.task.v2.IWaitRequest} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.WaitRequest} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.WaitRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.WaitRequest";
                };

                return WaitRequest;
            })();

            v2.WaitResponse = (function() {

                /**
                 * Properties of a WaitResponse.
                 * @memberof containerd.task.v2
                 * @interface IWaitResponse
                 * @property {number|null} [exitStatus] WaitResponse exitStatus
                 * @property {google.protobuf.ITimestamp|null} [exitedAt] WaitResponse exitedAt
                 */

                /**
                 * Constructs a new WaitResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a WaitResponse.
                 * @implements IWaitResponse
                 * @constructor
                 * @param {containerd.task.v2.IWaitResponse=} [properties] Properties to set
                 */
                function WaitResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitStatus = 0;

                /**
                 * WaitResponse exitedAt.
                 * @member {google.protobuf.ITimestamp|null|undefined} exitedAt
                 * @memberof containerd.task.v2.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitedAt = null;

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {containerd.task.v2.IWaitResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.WaitResponse} WaitResponse instance
                 */
                WaitResponse.create = function create(properties) {
                    return new WaitResponse(properties);
                };

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link containerd.task.v2.WaitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {containerd.task.v2.IWaitResponse} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.exitStatus);
                    if (message.exitedAt != null && Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.WaitResponse} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.WaitResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.exitStatus = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.WaitResponse";
                };

                return WaitResponse;
            })();

            v2.StatsRequest = (function() {

                /**
                 * Properties of a StatsRequest.
                 * @memberof containerd.task.v2
                 * @interface IStatsRequest
                 * @property {string|null} [id] StatsRequest id
                 */

                /**
                 * Constructs a new StatsRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StatsRequest.
                 * @implements IStatsRequest
                 * @constructor
                 * @param {containerd.task.v2.IStatsRequest=} [properties] Properties to set
                 */
                function StatsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StatsRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StatsRequest
                 * @instance
                 */
                StatsRequest.prototype.id = "";

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {containerd.task.v2.IStatsRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.StatsRequest} StatsRequest instance
                 */
                StatsRequest.create = function create(properties) {
                    return new StatsRequest(properties);
                };

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link containerd.task.v2.StatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {containerd.task.v2.IStatsRequest} message StatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StatsRequest} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StatsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StatsRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StatsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StatsRequest";
                };

                return StatsRequest;
            })();

            v2.StatsResponse = (function() {

                /**
                 * Properties of a StatsResponse.
                 * @memberof containerd.task.v2
                 * @interface IStatsResponse
                 * @property {google.protobuf.IAny|null} [stats] StatsResponse stats
                 */

                /**
                 * Constructs a new StatsResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StatsResponse.
                 * @implements IStatsResponse
                 * @constructor
                 * @param {containerd.task.v2.IStatsResponse=} [properties] Properties to set
                 */
                function StatsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StatsResponse stats.
                 * @member {google.protobuf.IAny|null|undefined} stats
                 * @memberof containerd.task.v2.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.stats = null;

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {containerd.task.v2.IStatsResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.StatsResponse} StatsResponse instance
                 */
                StatsResponse.create = function create(properties) {
                    return new StatsResponse(properties);
                };

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link containerd.task.v2.StatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {containerd.task.v2.IStatsResponse} message StatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.stats != null && Object.hasOwnProperty.call(message, "stats"))
                        $root.google.protobuf.Any.encode(message.stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StatsResponse} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.StatsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.stats = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StatsResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StatsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.StatsResponse";
                };

                return StatsResponse;
            })();

            v2.ConnectRequest = (function() {

                /**
                 * Properties of a ConnectRequest.
                 * @memberof containerd.task.v2
                 * @interface IConnectRequest
                 * @property {string|null} [id] ConnectRequest id
                 */

                /**
                 * Constructs a new ConnectRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ConnectRequest.
                 * @implements IConnectRequest
                 * @constructor
                 * @param {containerd.task.v2.IConnectRequest=} [properties] Properties to set
                 */
                function ConnectRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ConnectRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ConnectRequest
                 * @instance
                 */
                ConnectRequest.prototype.id = "";

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {containerd.task.v2.IConnectRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.ConnectRequest} ConnectRequest instance
                 */
                ConnectRequest.create = function create(properties) {
                    return new ConnectRequest(properties);
                };

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link containerd.task.v2.ConnectRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {containerd.task.v2.IConnectRequest} message ConnectRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ConnectRequest} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ConnectRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ConnectRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ConnectRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ConnectRequest";
                };

                return ConnectRequest;
            })();

            v2.ConnectResponse = (function() {

                /**
                 * Properties of a ConnectResponse.
                 * @memberof containerd.task.v2
                 * @interface IConnectResponse
                 * @property {number|null} [shimPid] ConnectResponse shimPid
                 * @property {number|null} [taskPid] ConnectResponse taskPid
                 * @property {string|null} [version] ConnectResponse version
                 */

                /**
                 * Constructs a new ConnectResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ConnectResponse.
                 * @implements IConnectResponse
                 * @constructor
                 * @param {containerd.task.v2.IConnectResponse=} [properties] Properties to set
                 */
                function ConnectResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ConnectResponse shimPid.
                 * @member {number} shimPid
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.shimPid = 0;

                /**
                 * ConnectResponse taskPid.
                 * @member {number} taskPid
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.taskPid = 0;

                /**
                 * ConnectResponse version.
                 * @member {string} version
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.version = "";

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {containerd.task.v2.IConnectResponse=} [properties] Properties to set
                 * @returns {containerd.task.v2.ConnectResponse} ConnectResponse instance
                 */
                ConnectResponse.create = function create(properties) {
                    return new ConnectResponse(properties);
                };

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link containerd.task.v2.ConnectResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {containerd.task.v2.IConnectResponse} message ConnectResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.shimPid != null && Object.hasOwnProperty.call(message, "shimPid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shimPid);
                    if (message.taskPid != null && Object.hasOwnProperty.call(message, "taskPid"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.taskPid);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                    return writer;
                };

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ConnectResponse} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ConnectResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.shimPid = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.taskPid = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.version = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ConnectResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ConnectResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ConnectResponse";
                };

                return ConnectResponse;
            })();

            v2.ShutdownRequest = (function() {

                /**
                 * Properties of a ShutdownRequest.
                 * @memberof containerd.task.v2
                 * @interface IShutdownRequest
                 * @property {string|null} [id] ShutdownRequest id
                 * @property {boolean|null} [now] ShutdownRequest now
                 */

                /**
                 * Constructs a new ShutdownRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ShutdownRequest.
                 * @implements IShutdownRequest
                 * @constructor
                 * @param {containerd.task.v2.IShutdownRequest=} [properties] Properties to set
                 */
                function ShutdownRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ShutdownRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @instance
                 */
                ShutdownRequest.prototype.id = "";

                /**
                 * ShutdownRequest now.
                 * @member {boolean} now
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @instance
                 */
                ShutdownRequest.prototype.now = false;

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {containerd.task.v2.IShutdownRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.ShutdownRequest} ShutdownRequest instance
                 */
                ShutdownRequest.create = function create(properties) {
                    return new ShutdownRequest(properties);
                };

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link containerd.task.v2.ShutdownRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {containerd.task.v2.IShutdownRequest} message ShutdownRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShutdownRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.now != null && Object.hasOwnProperty.call(message, "now"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.now);
                    return writer;
                };

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ShutdownRequest} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShutdownRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ShutdownRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.now = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ShutdownRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ShutdownRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ShutdownRequest";
                };

                return ShutdownRequest;
            })();

            v2.PauseRequest = (function() {

                /**
                 * Properties of a PauseRequest.
                 * @memberof containerd.task.v2
                 * @interface IPauseRequest
                 * @property {string|null} [id] PauseRequest id
                 */

                /**
                 * Constructs a new PauseRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PauseRequest.
                 * @implements IPauseRequest
                 * @constructor
                 * @param {containerd.task.v2.IPauseRequest=} [properties] Properties to set
                 */
                function PauseRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PauseRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.PauseRequest
                 * @instance
                 */
                PauseRequest.prototype.id = "";

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {containerd.task.v2.IPauseRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.PauseRequest} PauseRequest instance
                 */
                PauseRequest.create = function create(properties) {
                    return new PauseRequest(properties);
                };

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link containerd.task.v2.PauseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {containerd.task.v2.IPauseRequest} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PauseRequest} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.PauseRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PauseRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PauseRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.PauseRequest";
                };

                return PauseRequest;
            })();

            v2.ResumeRequest = (function() {

                /**
                 * Properties of a ResumeRequest.
                 * @memberof containerd.task.v2
                 * @interface IResumeRequest
                 * @property {string|null} [id] ResumeRequest id
                 */

                /**
                 * Constructs a new ResumeRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ResumeRequest.
                 * @implements IResumeRequest
                 * @constructor
                 * @param {containerd.task.v2.IResumeRequest=} [properties] Properties to set
                 */
                function ResumeRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResumeRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ResumeRequest
                 * @instance
                 */
                ResumeRequest.prototype.id = "";

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {containerd.task.v2.IResumeRequest=} [properties] Properties to set
                 * @returns {containerd.task.v2.ResumeRequest} ResumeRequest instance
                 */
                ResumeRequest.create = function create(properties) {
                    return new ResumeRequest(properties);
                };

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link containerd.task.v2.ResumeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {containerd.task.v2.IResumeRequest} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ResumeRequest} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.task.v2.ResumeRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResumeRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResumeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.task.v2.ResumeRequest";
                };

                return ResumeRequest;
            })();

            return v2;
        })();

        return task;
    })();

    containerd.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof containerd
         * @namespace
         */
        const v1 = {};

        v1.types = (function() {

            /**
             * Namespace types.
             * @memberof containerd.v1
             * @namespace
             */
            const types = {};

            /**
             * Status enum.
             * @name containerd.v1.types.Status
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} CREATED=1 CREATED value
             * @property {number} RUNNING=2 RUNNING value
             * @property {number} STOPPED=3 STOPPED value
             * @property {number} PAUSED=4 PAUSED value
             * @property {number} PAUSING=5 PAUSING value
             */
            types.Status = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "CREATED"] = 1;
                values[valuesById[2] = "RUNNING"] = 2;
                values[valuesById[3] = "STOPPED"] = 3;
                values[valuesById[4] = "PAUSED"] = 4;
                values[valuesById[5] = "PAUSING"] = 5;
                return values;
            })();

            types.ProcessInfo = (function() {

                /**
                 * Properties of a ProcessInfo.
                 * @memberof containerd.v1.types
                 * @interface IProcessInfo
                 * @property {number|null} [pid] ProcessInfo pid
                 * @property {google.protobuf.IAny|null} [info] ProcessInfo info
                 */

                /**
                 * Constructs a new ProcessInfo.
                 * @memberof containerd.v1.types
                 * @classdesc Represents a ProcessInfo.
                 * @implements IProcessInfo
                 * @constructor
                 * @param {containerd.v1.types.IProcessInfo=} [properties] Properties to set
                 */
                function ProcessInfo(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ProcessInfo pid.
                 * @member {number} pid
                 * @memberof containerd.v1.types.ProcessInfo
                 * @instance
                 */
                ProcessInfo.prototype.pid = 0;

                /**
                 * ProcessInfo info.
                 * @member {google.protobuf.IAny|null|undefined} info
                 * @memberof containerd.v1.types.ProcessInfo
                 * @instance
                 */
                ProcessInfo.prototype.info = null;

                /**
                 * Creates a new ProcessInfo instance using the specified properties.
                 * @function create
                 * @memberof containerd.v1.types.ProcessInfo
                 * @static
                 * @param {containerd.v1.types.IProcessInfo=} [properties] Properties to set
                 * @returns {containerd.v1.types.ProcessInfo} ProcessInfo instance
                 */
                ProcessInfo.create = function create(properties) {
                    return new ProcessInfo(properties);
                };

                /**
                 * Encodes the specified ProcessInfo message. Does not implicitly {@link containerd.v1.types.ProcessInfo.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.v1.types.ProcessInfo
                 * @static
                 * @param {containerd.v1.types.IProcessInfo} message ProcessInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessInfo.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                        $root.google.protobuf.Any.encode(message.info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ProcessInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.v1.types.ProcessInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.v1.types.ProcessInfo} ProcessInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessInfo.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.containerd.v1.types.ProcessInfo();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.info = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ProcessInfo
                 * @function getTypeUrl
                 * @memberof containerd.v1.types.ProcessInfo
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ProcessInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/containerd.v1.types.ProcessInfo";
                };

                return ProcessInfo;
            })();

            return types;
        })();

        return v1;
    })();

    containerd.services = (function() {

        /**
         * Namespace services.
         * @memberof containerd
         * @namespace
         */
        const services = {};

        services.containers = (function() {

            /**
             * Namespace containers.
             * @memberof containerd.services
             * @namespace
             */
            const containers = {};

            containers.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof containerd.services.containers
                 * @namespace
                 */
                const v1 = {};

                v1.Containers = (function() {

                    /**
                     * Constructs a new Containers service.
                     * @memberof containerd.services.containers.v1
                     * @classdesc Represents a Containers
                     * @extends $protobuf.rpc.Service
                     * @constructor
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     */
                    function Containers(rpcImpl, requestDelimited, responseDelimited) {
                        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                    }

                    (Containers.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Containers;

                    /**
                     * Creates new Containers service using the specified rpc implementation.
                     * @function create
                     * @memberof containerd.services.containers.v1.Containers
                     * @static
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     * @returns {Containers} RPC service. Useful where requests and/or responses are streamed.
                     */
                    Containers.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                        return new this(rpcImpl, requestDelimited, responseDelimited);
                    };

                    /**
                     * Callback as used by {@link containerd.services.containers.v1.Containers#get}.
                     * @memberof containerd.services.containers.v1.Containers
                     * @typedef GetCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.containers.v1.GetContainerResponse} [response] GetContainerResponse
                     */

                    /**
                     * Calls Get.
                     * @function get
                     * @memberof containerd.services.containers.v1.Containers
                     * @instance
                     * @param {containerd.services.containers.v1.IGetContainerRequest} request GetContainerRequest message or plain object
                     * @param {containerd.services.containers.v1.Containers.GetCallback} callback Node-style callback called with the error, if any, and GetContainerResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Containers.prototype.get = function get(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, get, $root.containerd.services.containers.v1.GetContainerRequest, $root.containerd.services.containers.v1.GetContainerResponse, request, callback);
                    }, "name", { value: "Get" });

                    /**
                     * Calls Get.
                     * @function get
                     * @memberof containerd.services.containers.v1.Containers
                     * @instance
                     * @param {containerd.services.containers.v1.IGetContainerRequest} request GetContainerRequest message or plain object
                     * @returns {Promise<containerd.services.containers.v1.GetContainerResponse>} Promise
                     * @variation 2
                     */

                    return Containers;
                })();

                v1.Container = (function() {

                    /**
                     * Properties of a Container.
                     * @memberof containerd.services.containers.v1
                     * @interface IContainer
                     * @property {string|null} [id] Container id
                     * @property {Object.<string,string>|null} [labels] Container labels
                     * @property {string|null} [image] Container image
                     * @property {string|null} [snapshotter] Container snapshotter
                     * @property {string|null} [snapshotKey] Container snapshotKey
                     */

                    /**
                     * Constructs a new Container.
                     * @memberof containerd.services.containers.v1
                     * @classdesc Represents a Container.
                     * @implements IContainer
                     * @constructor
                     * @param {containerd.services.containers.v1.IContainer=} [properties] Properties to set
                     */
                    function Container(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Container id.
                     * @member {string} id
                     * @memberof containerd.services.containers.v1.Container
                     * @instance
                     */
                    Container.prototype.id = "";

                    /**
                     * Container labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.containers.v1.Container
                     * @instance
                     */
                    Container.prototype.labels = $util.emptyObject;

                    /**
                     * Container image.
                     * @member {string} image
                     * @memberof containerd.services.containers.v1.Container
                     * @instance
                     */
                    Container.prototype.image = "";

                    /**
                     * Container snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.containers.v1.Container
                     * @instance
                     */
                    Container.prototype.snapshotter = "";

                    /**
                     * Container snapshotKey.
                     * @member {string} snapshotKey
                     * @memberof containerd.services.containers.v1.Container
                     * @instance
                     */
                    Container.prototype.snapshotKey = "";

                    /**
                     * Creates a new Container instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.containers.v1.Container
                     * @static
                     * @param {containerd.services.containers.v1.IContainer=} [properties] Properties to set
                     * @returns {containerd.services.containers.v1.Container} Container instance
                     */
                    Container.create = function create(properties) {
                        return new Container(properties);
                    };

                    /**
                     * Encodes the specified Container message. Does not implicitly {@link containerd.services.containers.v1.Container.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.containers.v1.Container
                     * @static
                     * @param {containerd.services.containers.v1.IContainer} message Container message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Container.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.image);
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.snapshotter);
                        if (message.snapshotKey != null && Object.hasOwnProperty.call(message, "snapshotKey"))
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.snapshotKey);
                        return writer;
                    };

                    /**
                     * Decodes a Container message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.containers.v1.Container
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.containers.v1.Container} Container
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Container.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.containers.v1.Container();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.id = reader.string();
                                    break;
                                }
                            case 2: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            case 3: {
                                    message.image = reader.string();
                                    break;
                                }
                            case 6: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 7: {
                                    message.snapshotKey = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Container
                     * @function getTypeUrl
                     * @memberof containerd.services.containers.v1.Container
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Container.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.containers.v1.Container";
                    };

                    return Container;
                })();

                v1.GetContainerRequest = (function() {

                    /**
                     * Properties of a GetContainerRequest.
                     * @memberof containerd.services.containers.v1
                     * @interface IGetContainerRequest
                     * @property {string|null} [id] GetContainerRequest id
                     */

                    /**
                     * Constructs a new GetContainerRequest.
                     * @memberof containerd.services.containers.v1
                     * @classdesc Represents a GetContainerRequest.
                     * @implements IGetContainerRequest
                     * @constructor
                     * @param {containerd.services.containers.v1.IGetContainerRequest=} [properties] Properties to set
                     */
                    function GetContainerRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetContainerRequest id.
                     * @member {string} id
                     * @memberof containerd.services.containers.v1.GetContainerRequest
                     * @instance
                     */
                    GetContainerRequest.prototype.id = "";

                    /**
                     * Creates a new GetContainerRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.containers.v1.GetContainerRequest
                     * @static
                     * @param {containerd.services.containers.v1.IGetContainerRequest=} [properties] Properties to set
                     * @returns {containerd.services.containers.v1.GetContainerRequest} GetContainerRequest instance
                     */
                    GetContainerRequest.create = function create(properties) {
                        return new GetContainerRequest(properties);
                    };

                    /**
                     * Encodes the specified GetContainerRequest message. Does not implicitly {@link containerd.services.containers.v1.GetContainerRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.containers.v1.GetContainerRequest
                     * @static
                     * @param {containerd.services.containers.v1.IGetContainerRequest} message GetContainerRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetContainerRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        return writer;
                    };

                    /**
                     * Decodes a GetContainerRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.containers.v1.GetContainerRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.containers.v1.GetContainerRequest} GetContainerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetContainerRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.containers.v1.GetContainerRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.id = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for GetContainerRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.containers.v1.GetContainerRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    GetContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.containers.v1.GetContainerRequest";
                    };

                    return GetContainerRequest;
                })();

                v1.GetContainerResponse = (function() {

                    /**
                     * Properties of a GetContainerResponse.
                     * @memberof containerd.services.containers.v1
                     * @interface IGetContainerResponse
                     * @property {containerd.services.containers.v1.IContainer|null} [container] GetContainerResponse container
                     */

                    /**
                     * Constructs a new GetContainerResponse.
                     * @memberof containerd.services.containers.v1
                     * @classdesc Represents a GetContainerResponse.
                     * @implements IGetContainerResponse
                     * @constructor
                     * @param {containerd.services.containers.v1.IGetContainerResponse=} [properties] Properties to set
                     */
                    function GetContainerResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetContainerResponse container.
                     * @member {containerd.services.containers.v1.IContainer|null|undefined} container
                     * @memberof containerd.services.containers.v1.GetContainerResponse
                     * @instance
                     */
                    GetContainerResponse.prototype.container = null;

                    /**
                     * Creates a new GetContainerResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.containers.v1.GetContainerResponse
                     * @static
                     * @param {containerd.services.containers.v1.IGetContainerResponse=} [properties] Properties to set
                     * @returns {containerd.services.containers.v1.GetContainerResponse} GetContainerResponse instance
                     */
                    GetContainerResponse.create = function create(properties) {
                        return new GetContainerResponse(properties);
                    };

                    /**
                     * Encodes the specified GetContainerResponse message. Does not implicitly {@link containerd.services.containers.v1.GetContainerResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.containers.v1.GetContainerResponse
                     * @static
                     * @param {containerd.services.containers.v1.IGetContainerResponse} message GetContainerResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetContainerResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.container != null && Object.hasOwnProperty.call(message, "container"))
                            $root.containerd.services.containers.v1.Container.encode(message.container, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetContainerResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.containers.v1.GetContainerResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.containers.v1.GetContainerResponse} GetContainerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetContainerResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.containers.v1.GetContainerResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.container = $root.containerd.services.containers.v1.Container.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for GetContainerResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.containers.v1.GetContainerResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    GetContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.containers.v1.GetContainerResponse";
                    };

                    return GetContainerResponse;
                })();

                return v1;
            })();

            return containers;
        })();

        services.content = (function() {

            /**
             * Namespace content.
             * @memberof containerd.services
             * @namespace
             */
            const content = {};

            content.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof containerd.services.content
                 * @namespace
                 */
                const v1 = {};

                v1.Content = (function() {

                    /**
                     * Constructs a new Content service.
                     * @memberof containerd.services.content.v1
                     * @classdesc Represents a Content
                     * @extends $protobuf.rpc.Service
                     * @constructor
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     */
                    function Content(rpcImpl, requestDelimited, responseDelimited) {
                        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                    }

                    (Content.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Content;

                    /**
                     * Creates new Content service using the specified rpc implementation.
                     * @function create
                     * @memberof containerd.services.content.v1.Content
                     * @static
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     * @returns {Content} RPC service. Useful where requests and/or responses are streamed.
                     */
                    Content.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                        return new this(rpcImpl, requestDelimited, responseDelimited);
                    };

                    /**
                     * Callback as used by {@link containerd.services.content.v1.Content#read}.
                     * @memberof containerd.services.content.v1.Content
                     * @typedef ReadCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.content.v1.ReadContentResponse} [response] ReadContentResponse
                     */

                    /**
                     * Calls Read.
                     * @function read
                     * @memberof containerd.services.content.v1.Content
                     * @instance
                     * @param {containerd.services.content.v1.IReadContentRequest} request ReadContentRequest message or plain object
                     * @param {containerd.services.content.v1.Content.ReadCallback} callback Node-style callback called with the error, if any, and ReadContentResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Content.prototype.read = function read(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, read, $root.containerd.services.content.v1.ReadContentRequest, $root.containerd.services.content.v1.ReadContentResponse, request, callback);
                    }, "name", { value: "Read" });

                    /**
                     * Calls Read.
                     * @function read
                     * @memberof containerd.services.content.v1.Content
                     * @instance
                     * @param {containerd.services.content.v1.IReadContentRequest} request ReadContentRequest message or plain object
                     * @returns {Promise<containerd.services.content.v1.ReadContentResponse>} Promise
                     * @variation 2
                     */

                    return Content;
                })();

                v1.ReadContentRequest = (function() {

                    /**
                     * Properties of a ReadContentRequest.
                     * @memberof containerd.services.content.v1
                     * @interface IReadContentRequest
                     * @property {string|null} [digest] ReadContentRequest digest
                     * @property {number|null} [offset] ReadContentRequest offset
                     * @property {number|null} [size] ReadContentRequest size
                     */

                    /**
                     * Constructs a new ReadContentRequest.
                     * @memberof containerd.services.content.v1
                     * @classdesc Represents a ReadContentRequest.
                     * @implements IReadContentRequest
                     * @constructor
                     * @param {containerd.services.content.v1.IReadContentRequest=} [properties] Properties to set
                     */
                    function ReadContentRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ReadContentRequest digest.
                     * @member {string} digest
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @instance
                     */
                    ReadContentRequest.prototype.digest = "";

                    /**
                     * ReadContentRequest offset.
                     * @member {number} offset
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @instance
                     */
                    ReadContentRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * ReadContentRequest size.
                     * @member {number} size
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @instance
                     */
                    ReadContentRequest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new ReadContentRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @static
                     * @param {containerd.services.content.v1.IReadContentRequest=} [properties] Properties to set
                     * @returns {containerd.services.content.v1.ReadContentRequest} ReadContentRequest instance
                     */
                    ReadContentRequest.create = function create(properties) {
                        return new ReadContentRequest(properties);
                    };

                    /**
                     * Encodes the specified ReadContentRequest message. Does not implicitly {@link containerd.services.content.v1.ReadContentRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @static
                     * @param {containerd.services.content.v1.IReadContentRequest} message ReadContentRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadContentRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.digest);
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int64(message.offset);
                        if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int64(message.size);
                        return writer;
                    };

                    /**
                     * Decodes a ReadContentRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.content.v1.ReadContentRequest} ReadContentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadContentRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.content.v1.ReadContentRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.digest = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.offset = reader.int64();
                                    break;
                                }
                            case 3: {
                                    message.size = reader.int64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ReadContentRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.content.v1.ReadContentRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ReadContentRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.content.v1.ReadContentRequest";
                    };

                    return ReadContentRequest;
                })();

                v1.ReadContentResponse = (function() {

                    /**
                     * Properties of a ReadContentResponse.
                     * @memberof containerd.services.content.v1
                     * @interface IReadContentResponse
                     * @property {number|null} [offset] ReadContentResponse offset
                     * @property {Uint8Array|null} [data] ReadContentResponse data
                     */

                    /**
                     * Constructs a new ReadContentResponse.
                     * @memberof containerd.services.content.v1
                     * @classdesc Represents a ReadContentResponse.
                     * @implements IReadContentResponse
                     * @constructor
                     * @param {containerd.services.content.v1.IReadContentResponse=} [properties] Properties to set
                     */
                    function ReadContentResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ReadContentResponse offset.
                     * @member {number} offset
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @instance
                     */
                    ReadContentResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * ReadContentResponse data.
                     * @member {Uint8Array} data
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @instance
                     */
                    ReadContentResponse.prototype.data = $util.newBuffer([]);

                    /**
                     * Creates a new ReadContentResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @static
                     * @param {containerd.services.content.v1.IReadContentResponse=} [properties] Properties to set
                     * @returns {containerd.services.content.v1.ReadContentResponse} ReadContentResponse instance
                     */
                    ReadContentResponse.create = function create(properties) {
                        return new ReadContentResponse(properties);
                    };

                    /**
                     * Encodes the specified ReadContentResponse message. Does not implicitly {@link containerd.services.content.v1.ReadContentResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @static
                     * @param {containerd.services.content.v1.IReadContentResponse} message ReadContentResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadContentResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.offset);
                        if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                        return writer;
                    };

                    /**
                     * Decodes a ReadContentResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.content.v1.ReadContentResponse} ReadContentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadContentResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.content.v1.ReadContentResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.offset = reader.int64();
                                    break;
                                }
                            case 2: {
                                    message.data = reader.bytes();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ReadContentResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.content.v1.ReadContentResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ReadContentResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.content.v1.ReadContentResponse";
                    };

                    return ReadContentResponse;
                })();

                return v1;
            })();

            return content;
        })();

        services.images = (function() {

            /**
             * Namespace images.
             * @memberof containerd.services
             * @namespace
             */
            const images = {};

            images.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof containerd.services.images
                 * @namespace
                 */
                const v1 = {};

                v1.Images = (function() {

                    /**
                     * Constructs a new Images service.
                     * @memberof containerd.services.images.v1
                     * @classdesc Represents an Images
                     * @extends $protobuf.rpc.Service
                     * @constructor
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     */
                    function Images(rpcImpl, requestDelimited, responseDelimited) {
                        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                    }

                    (Images.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Images;

                    /**
                     * Creates new Images service using the specified rpc implementation.
                     * @function create
                     * @memberof containerd.services.images.v1.Images
                     * @static
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     * @returns {Images} RPC service. Useful where requests and/or responses are streamed.
                     */
                    Images.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                        return new this(rpcImpl, requestDelimited, responseDelimited);
                    };

                    /**
                     * Callback as used by {@link containerd.services.images.v1.Images#get}.
                     * @memberof containerd.services.images.v1.Images
                     * @typedef GetCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.images.v1.GetImageResponse} [response] GetImageResponse
                     */

                    /**
                     * Calls Get.
                     * @function get
                     * @memberof containerd.services.images.v1.Images
                     * @instance
                     * @param {containerd.services.images.v1.IGetImageRequest} request GetImageRequest message or plain object
                     * @param {containerd.services.images.v1.Images.GetCallback} callback Node-style callback called with the error, if any, and GetImageResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Images.prototype.get = function get(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, get, $root.containerd.services.images.v1.GetImageRequest, $root.containerd.services.images.v1.GetImageResponse, request, callback);
                    }, "name", { value: "Get" });

                    /**
                     * Calls Get.
                     * @function get
                     * @memberof containerd.services.images.v1.Images
                     * @instance
                     * @param {containerd.services.images.v1.IGetImageRequest} request GetImageRequest message or plain object
                     * @returns {Promise<containerd.services.images.v1.GetImageResponse>} Promise
                     * @variation 2
                     */

                    return Images;
                })();

                v1.Descriptor = (function() {

                    /**
                     * Properties of a Descriptor.
                     * @memberof containerd.services.images.v1
                     * @interface IDescriptor
                     * @property {string|null} [mediaType] Descriptor mediaType
                     * @property {string|null} [digest] Descriptor digest
                     * @property {number|null} [size] Descriptor size
                     * @property {Object.<string,string>|null} [annotations] Descriptor annotations
                     */

                    /**
                     * Constructs a new Descriptor.
                     * @memberof containerd.services.images.v1
                     * @classdesc Represents a Descriptor.
                     * @implements IDescriptor
                     * @constructor
                     * @param {containerd.services.images.v1.IDescriptor=} [properties] Properties to set
                     */
                    function Descriptor(properties) {
                        this.annotations = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Descriptor mediaType.
                     * @member {string} mediaType
                     * @memberof containerd.services.images.v1.Descriptor
                     * @instance
                     */
                    Descriptor.prototype.mediaType = "";

                    /**
                     * Descriptor digest.
                     * @member {string} digest
                     * @memberof containerd.services.images.v1.Descriptor
                     * @instance
                     */
                    Descriptor.prototype.digest = "";

                    /**
                     * Descriptor size.
                     * @member {number} size
                     * @memberof containerd.services.images.v1.Descriptor
                     * @instance
                     */
                    Descriptor.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Descriptor annotations.
                     * @member {Object.<string,string>} annotations
                     * @memberof containerd.services.images.v1.Descriptor
                     * @instance
                     */
                    Descriptor.prototype.annotations = $util.emptyObject;

                    /**
                     * Creates a new Descriptor instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.images.v1.Descriptor
                     * @static
                     * @param {containerd.services.images.v1.IDescriptor=} [properties] Properties to set
                     * @returns {containerd.services.images.v1.Descriptor} Descriptor instance
                     */
                    Descriptor.create = function create(properties) {
                        return new Descriptor(properties);
                    };

                    /**
                     * Encodes the specified Descriptor message. Does not implicitly {@link containerd.services.images.v1.Descriptor.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.images.v1.Descriptor
                     * @static
                     * @param {containerd.services.images.v1.IDescriptor} message Descriptor message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Descriptor.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.mediaType != null && Object.hasOwnProperty.call(message, "mediaType"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.mediaType);
                        if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.digest);
                        if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int64(message.size);
                        if (message.annotations != null && Object.hasOwnProperty.call(message, "annotations"))
                            for (let keys = Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a Descriptor message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.images.v1.Descriptor
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.images.v1.Descriptor} Descriptor
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Descriptor.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.images.v1.Descriptor();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.mediaType = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.digest = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.size = reader.int64();
                                    break;
                                }
                            case 5: {
                                    if (message.annotations === $util.emptyObject)
                                        message.annotations = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.annotations, key);
                                    message.annotations[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Descriptor
                     * @function getTypeUrl
                     * @memberof containerd.services.images.v1.Descriptor
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Descriptor.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.images.v1.Descriptor";
                    };

                    return Descriptor;
                })();

                v1.Image = (function() {

                    /**
                     * Properties of an Image.
                     * @memberof containerd.services.images.v1
                     * @interface IImage
                     * @property {string|null} [name] Image name
                     * @property {Object.<string,string>|null} [labels] Image labels
                     * @property {containerd.services.images.v1.IDescriptor|null} [target] Image target
                     */

                    /**
                     * Constructs a new Image.
                     * @memberof containerd.services.images.v1
                     * @classdesc Represents an Image.
                     * @implements IImage
                     * @constructor
                     * @param {containerd.services.images.v1.IImage=} [properties] Properties to set
                     */
                    function Image(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Image name.
                     * @member {string} name
                     * @memberof containerd.services.images.v1.Image
                     * @instance
                     */
                    Image.prototype.name = "";

                    /**
                     * Image labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.images.v1.Image
                     * @instance
                     */
                    Image.prototype.labels = $util.emptyObject;

                    /**
                     * Image target.
                     * @member {containerd.services.images.v1.IDescriptor|null|undefined} target
                     * @memberof containerd.services.images.v1.Image
                     * @instance
                     */
                    Image.prototype.target = null;

                    /**
                     * Creates a new Image instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.images.v1.Image
                     * @static
                     * @param {containerd.services.images.v1.IImage=} [properties] Properties to set
                     * @returns {containerd.services.images.v1.Image} Image instance
                     */
                    Image.create = function create(properties) {
                        return new Image(properties);
                    };

                    /**
                     * Encodes the specified Image message. Does not implicitly {@link containerd.services.images.v1.Image.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.images.v1.Image
                     * @static
                     * @param {containerd.services.images.v1.IImage} message Image message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Image.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                            $root.containerd.services.images.v1.Descriptor.encode(message.target, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes an Image message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.images.v1.Image
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.images.v1.Image} Image
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Image.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.images.v1.Image();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            case 3: {
                                    message.target = $root.containerd.services.images.v1.Descriptor.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Image
                     * @function getTypeUrl
                     * @memberof containerd.services.images.v1.Image
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Image.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.images.v1.Image";
                    };

                    return Image;
                })();

                v1.GetImageRequest = (function() {

                    /**
                     * Properties of a GetImageRequest.
                     * @memberof containerd.services.images.v1
                     * @interface IGetImageRequest
                     * @property {string|null} [name] GetImageRequest name
                     */

                    /**
                     * Constructs a new GetImageRequest.
                     * @memberof containerd.services.images.v1
                     * @classdesc Represents a GetImageRequest.
                     * @implements IGetImageRequest
                     * @constructor
                     * @param {containerd.services.images.v1.IGetImageRequest=} [properties] Properties to set
                     */
                    function GetImageRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetImageRequest name.
                     * @member {string} name
                     * @memberof containerd.services.images.v1.GetImageRequest
                     * @instance
                     */
                    GetImageRequest.prototype.name = "";

                    /**
                     * Creates a new GetImageRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.images.v1.GetImageRequest
                     * @static
                     * @param {containerd.services.images.v1.IGetImageRequest=} [properties] Properties to set
                     * @returns {containerd.services.images.v1.GetImageRequest} GetImageRequest instance
                     */
                    GetImageRequest.create = function create(properties) {
                        return new GetImageRequest(properties);
                    };

                    /**
                     * Encodes the specified GetImageRequest message. Does not implicitly {@link containerd.services.images.v1.GetImageRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.images.v1.GetImageRequest
                     * @static
                     * @param {containerd.services.images.v1.IGetImageRequest} message GetImageRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetImageRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        return writer;
                    };

                    /**
                     * Decodes a GetImageRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.images.v1.GetImageRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.images.v1.GetImageRequest} GetImageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetImageRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.images.v1.GetImageRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for GetImageRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.images.v1.GetImageRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    GetImageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.images.v1.GetImageRequest";
                    };

                    return GetImageRequest;
                })();

                v1.GetImageResponse = (function() {

                    /**
                     * Properties of a GetImageResponse.
                     * @memberof containerd.services.images.v1
                     * @interface IGetImageResponse
                     * @property {containerd.services.images.v1.IImage|null} [image] GetImageResponse image
                     */

                    /**
                     * Constructs a new GetImageResponse.
                     * @memberof containerd.services.images.v1
                     * @classdesc Represents a GetImageResponse.
                     * @implements IGetImageResponse
                     * @constructor
                     * @param {containerd.services.images.v1.IGetImageResponse=} [properties] Properties to set
                     */
                    function GetImageResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetImageResponse image.
                     * @member {containerd.services.images.v1.IImage|null|undefined} image
                     * @memberof containerd.services.images.v1.GetImageResponse
                     * @instance
                     */
                    GetImageResponse.prototype.image = null;

                    /**
                     * Creates a new GetImageResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.images.v1.GetImageResponse
                     * @static
                     * @param {containerd.services.images.v1.IGetImageResponse=} [properties] Properties to set
                     * @returns {containerd.services.images.v1.GetImageResponse} GetImageResponse instance
                     */
                    GetImageResponse.create = function create(properties) {
                        return new GetImageResponse(properties);
                    };

                    /**
                     * Encodes the specified GetImageResponse message. Does not implicitly {@link containerd.services.images.v1.GetImageResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.images.v1.GetImageResponse
                     * @static
                     * @param {containerd.services.images.v1.IGetImageResponse} message GetImageResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetImageResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                            $root.containerd.services.images.v1.Image.encode(message.image, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetImageResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.images.v1.GetImageResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.images.v1.GetImageResponse} GetImageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetImageResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.images.v1.GetImageResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.image = $root.containerd.services.images.v1.Image.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for GetImageResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.images.v1.GetImageResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    GetImageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.images.v1.GetImageResponse";
                    };

                    return GetImageResponse;
                })();

                return v1;
            })();

            return images;
        })();

        services.snapshots = (function() {

            /**
             * Namespace snapshots.
             * @memberof containerd.services
             * @namespace
             */
            const snapshots = {};

            snapshots.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof containerd.services.snapshots
                 * @namespace
                 */
                const v1 = {};

                v1.Snapshots = (function() {

                    /**
                     * Constructs a new Snapshots service.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a Snapshots
                     * @extends $protobuf.rpc.Service
                     * @constructor
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     */
                    function Snapshots(rpcImpl, requestDelimited, responseDelimited) {
                        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                    }

                    (Snapshots.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Snapshots;

                    /**
                     * Creates new Snapshots service using the specified rpc implementation.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @static
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     * @returns {Snapshots} RPC service. Useful where requests and/or responses are streamed.
                     */
                    Snapshots.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                        return new this(rpcImpl, requestDelimited, responseDelimited);
                    };

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#prepare}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef PrepareCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.PrepareSnapshotResponse} [response] PrepareSnapshotResponse
                     */

                    /**
                     * Calls Prepare.
                     * @function prepare
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotRequest} request PrepareSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.PrepareCallback} callback Node-style callback called with the error, if any, and PrepareSnapshotResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.prepare = function prepare(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, prepare, $root.containerd.services.snapshots.v1.PrepareSnapshotRequest, $root.containerd.services.snapshots.v1.PrepareSnapshotResponse, request, callback);
                    }, "name", { value: "Prepare" });

                    /**
                     * Calls Prepare.
                     * @function prepare
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotRequest} request PrepareSnapshotRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.PrepareSnapshotResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#view}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef ViewCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.ViewSnapshotResponse} [response] ViewSnapshotResponse
                     */

                    /**
                     * Calls View.
                     * @function view
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IViewSnapshotRequest} request ViewSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.ViewCallback} callback Node-style callback called with the error, if any, and ViewSnapshotResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.view = function view(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, view, $root.containerd.services.snapshots.v1.ViewSnapshotRequest, $root.containerd.services.snapshots.v1.ViewSnapshotResponse, request, callback);
                    }, "name", { value: "View" });

                    /**
                     * Calls View.
                     * @function view
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IViewSnapshotRequest} request ViewSnapshotRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.ViewSnapshotResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#mounts}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef MountsCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.MountsResponse} [response] MountsResponse
                     */

                    /**
                     * Calls Mounts.
                     * @function mounts
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IMountsRequest} request MountsRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.MountsCallback} callback Node-style callback called with the error, if any, and MountsResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.mounts = function mounts(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, mounts, $root.containerd.services.snapshots.v1.MountsRequest, $root.containerd.services.snapshots.v1.MountsResponse, request, callback);
                    }, "name", { value: "Mounts" });

                    /**
                     * Calls Mounts.
                     * @function mounts
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IMountsRequest} request MountsRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.MountsResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#commit}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef CommitCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {google.protobuf.Empty} [response] Empty
                     */

                    /**
                     * Calls Commit.
                     * @function commit
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.ICommitSnapshotRequest} request CommitSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.CommitCallback} callback Node-style callback called with the error, if any, and Empty
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.commit = function commit(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, commit, $root.containerd.services.snapshots.v1.CommitSnapshotRequest, $root.google.protobuf.Empty, request, callback);
                    }, "name", { value: "Commit" });

                    /**
                     * Calls Commit.
                     * @function commit
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.ICommitSnapshotRequest} request CommitSnapshotRequest message or plain object
                     * @returns {Promise<google.protobuf.Empty>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#remove}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef RemoveCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {google.protobuf.Empty} [response] Empty
                     */

                    /**
                     * Calls Remove.
                     * @function remove
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IRemoveSnapshotRequest} request RemoveSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.RemoveCallback} callback Node-style callback called with the error, if any, and Empty
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.remove = function remove(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, remove, $root.containerd.services.snapshots.v1.RemoveSnapshotRequest, $root.google.protobuf.Empty, request, callback);
                    }, "name", { value: "Remove" });

                    /**
                     * Calls Remove.
                     * @function remove
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IRemoveSnapshotRequest} request RemoveSnapshotRequest message or plain object
                     * @returns {Promise<google.protobuf.Empty>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#stat}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef StatCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.StatSnapshotResponse} [response] StatSnapshotResponse
                     */

                    /**
                     * Calls Stat.
                     * @function stat
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IStatSnapshotRequest} request StatSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.StatCallback} callback Node-style callback called with the error, if any, and StatSnapshotResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.stat = function stat(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, stat, $root.containerd.services.snapshots.v1.StatSnapshotRequest, $root.containerd.services.snapshots.v1.StatSnapshotResponse, request, callback);
                    }, "name", { value: "Stat" });

                    /**
                     * Calls Stat.
                     * @function stat
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IStatSnapshotRequest} request StatSnapshotRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.StatSnapshotResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#update}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef UpdateCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.UpdateSnapshotResponse} [response] UpdateSnapshotResponse
                     */

                    /**
                     * Calls Update.
                     * @function update
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotRequest} request UpdateSnapshotRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.UpdateCallback} callback Node-style callback called with the error, if any, and UpdateSnapshotResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.update = function update(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, update, $root.containerd.services.snapshots.v1.UpdateSnapshotRequest, $root.containerd.services.snapshots.v1.UpdateSnapshotResponse, request, callback);
                    }, "name", { value: "Update" });

                    /**
                     * Calls Update.
                     * @function update
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotRequest} request UpdateSnapshotRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.UpdateSnapshotResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#list}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef ListCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.ListSnapshotsResponse} [response] ListSnapshotsResponse
                     */

                    /**
                     * Calls List.
                     * @function list
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IListSnapshotsRequest} request ListSnapshotsRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.ListCallback} callback Node-style callback called with the error, if any, and ListSnapshotsResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.list = function list(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, list, $root.containerd.services.snapshots.v1.ListSnapshotsRequest, $root.containerd.services.snapshots.v1.ListSnapshotsResponse, request, callback);
                    }, "name", { value: "List" });

                    /**
                     * Calls List.
                     * @function list
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IListSnapshotsRequest} request ListSnapshotsRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.ListSnapshotsResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#usage}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef UsageCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {containerd.services.snapshots.v1.UsageResponse} [response] UsageResponse
                     */

                    /**
                     * Calls Usage.
                     * @function usage
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IUsageRequest} request UsageRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.UsageCallback} callback Node-style callback called with the error, if any, and UsageResponse
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.usage = function usage(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, usage, $root.containerd.services.snapshots.v1.UsageRequest, $root.containerd.services.snapshots.v1.UsageResponse, request, callback);
                    }, "name", { value: "Usage" });

                    /**
                     * Calls Usage.
                     * @function usage
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.IUsageRequest} request UsageRequest message or plain object
                     * @returns {Promise<containerd.services.snapshots.v1.UsageResponse>} Promise
                     * @variation 2
                     */

                    /**
                     * Callback as used by {@link containerd.services.snapshots.v1.Snapshots#cleanup}.
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @typedef CleanupCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {google.protobuf.Empty} [response] Empty
                     */

                    /**
                     * Calls Cleanup.
                     * @function cleanup
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.ICleanupRequest} request CleanupRequest message or plain object
                     * @param {containerd.services.snapshots.v1.Snapshots.CleanupCallback} callback Node-style callback called with the error, if any, and Empty
                     * @returns {undefined}
                     * @variation 1
                     */
                    Object.defineProperty(Snapshots.prototype.cleanup = function cleanup(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, cleanup, $root.containerd.services.snapshots.v1.CleanupRequest, $root.google.protobuf.Empty, request, callback);
                    }, "name", { value: "Cleanup" });

                    /**
                     * Calls Cleanup.
                     * @function cleanup
                     * @memberof containerd.services.snapshots.v1.Snapshots
                     * @instance
                     * @param {containerd.services.snapshots.v1.ICleanupRequest} request CleanupRequest message or plain object
                     * @returns {Promise<google.protobuf.Empty>} Promise
                     * @variation 2
                     */

                    return Snapshots;
                })();

                v1.PrepareSnapshotRequest = (function() {

                    /**
                     * Properties of a PrepareSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IPrepareSnapshotRequest
                     * @property {string|null} [snapshotter] PrepareSnapshotRequest snapshotter
                     * @property {string|null} [key] PrepareSnapshotRequest key
                     * @property {string|null} [parent] PrepareSnapshotRequest parent
                     * @property {Object.<string,string>|null} [labels] PrepareSnapshotRequest labels
                     */

                    /**
                     * Constructs a new PrepareSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a PrepareSnapshotRequest.
                     * @implements IPrepareSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotRequest=} [properties] Properties to set
                     */
                    function PrepareSnapshotRequest(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PrepareSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @instance
                     */
                    PrepareSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * PrepareSnapshotRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @instance
                     */
                    PrepareSnapshotRequest.prototype.key = "";

                    /**
                     * PrepareSnapshotRequest parent.
                     * @member {string} parent
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @instance
                     */
                    PrepareSnapshotRequest.prototype.parent = "";

                    /**
                     * PrepareSnapshotRequest labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @instance
                     */
                    PrepareSnapshotRequest.prototype.labels = $util.emptyObject;

                    /**
                     * Creates a new PrepareSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.PrepareSnapshotRequest} PrepareSnapshotRequest instance
                     */
                    PrepareSnapshotRequest.create = function create(properties) {
                        return new PrepareSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified PrepareSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.PrepareSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotRequest} message PrepareSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PrepareSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.parent);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a PrepareSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.PrepareSnapshotRequest} PrepareSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PrepareSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.PrepareSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.parent = reader.string();
                                    break;
                                }
                            case 4: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for PrepareSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PrepareSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.PrepareSnapshotRequest";
                    };

                    return PrepareSnapshotRequest;
                })();

                v1.PrepareSnapshotResponse = (function() {

                    /**
                     * Properties of a PrepareSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IPrepareSnapshotResponse
                     * @property {Array.<containerd.types.IMount>|null} [mounts] PrepareSnapshotResponse mounts
                     */

                    /**
                     * Constructs a new PrepareSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a PrepareSnapshotResponse.
                     * @implements IPrepareSnapshotResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotResponse=} [properties] Properties to set
                     */
                    function PrepareSnapshotResponse(properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PrepareSnapshotResponse mounts.
                     * @member {Array.<containerd.types.IMount>} mounts
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotResponse
                     * @instance
                     */
                    PrepareSnapshotResponse.prototype.mounts = $util.emptyArray;

                    /**
                     * Creates a new PrepareSnapshotResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.PrepareSnapshotResponse} PrepareSnapshotResponse instance
                     */
                    PrepareSnapshotResponse.create = function create(properties) {
                        return new PrepareSnapshotResponse(properties);
                    };

                    /**
                     * Encodes the specified PrepareSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.PrepareSnapshotResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IPrepareSnapshotResponse} message PrepareSnapshotResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PrepareSnapshotResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a PrepareSnapshotResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.PrepareSnapshotResponse} PrepareSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PrepareSnapshotResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.PrepareSnapshotResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for PrepareSnapshotResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.PrepareSnapshotResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    PrepareSnapshotResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.PrepareSnapshotResponse";
                    };

                    return PrepareSnapshotResponse;
                })();

                v1.ViewSnapshotRequest = (function() {

                    /**
                     * Properties of a ViewSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IViewSnapshotRequest
                     * @property {string|null} [snapshotter] ViewSnapshotRequest snapshotter
                     * @property {string|null} [key] ViewSnapshotRequest key
                     * @property {string|null} [parent] ViewSnapshotRequest parent
                     * @property {Object.<string,string>|null} [labels] ViewSnapshotRequest labels
                     */

                    /**
                     * Constructs a new ViewSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a ViewSnapshotRequest.
                     * @implements IViewSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IViewSnapshotRequest=} [properties] Properties to set
                     */
                    function ViewSnapshotRequest(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ViewSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @instance
                     */
                    ViewSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * ViewSnapshotRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @instance
                     */
                    ViewSnapshotRequest.prototype.key = "";

                    /**
                     * ViewSnapshotRequest parent.
                     * @member {string} parent
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @instance
                     */
                    ViewSnapshotRequest.prototype.parent = "";

                    /**
                     * ViewSnapshotRequest labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @instance
                     */
                    ViewSnapshotRequest.prototype.labels = $util.emptyObject;

                    /**
                     * Creates a new ViewSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IViewSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.ViewSnapshotRequest} ViewSnapshotRequest instance
                     */
                    ViewSnapshotRequest.create = function create(properties) {
                        return new ViewSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified ViewSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.ViewSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IViewSnapshotRequest} message ViewSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ViewSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.parent);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ViewSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.ViewSnapshotRequest} ViewSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ViewSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.ViewSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.parent = reader.string();
                                    break;
                                }
                            case 4: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ViewSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ViewSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.ViewSnapshotRequest";
                    };

                    return ViewSnapshotRequest;
                })();

                v1.ViewSnapshotResponse = (function() {

                    /**
                     * Properties of a ViewSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IViewSnapshotResponse
                     * @property {Array.<containerd.types.IMount>|null} [mounts] ViewSnapshotResponse mounts
                     */

                    /**
                     * Constructs a new ViewSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a ViewSnapshotResponse.
                     * @implements IViewSnapshotResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IViewSnapshotResponse=} [properties] Properties to set
                     */
                    function ViewSnapshotResponse(properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ViewSnapshotResponse mounts.
                     * @member {Array.<containerd.types.IMount>} mounts
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotResponse
                     * @instance
                     */
                    ViewSnapshotResponse.prototype.mounts = $util.emptyArray;

                    /**
                     * Creates a new ViewSnapshotResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IViewSnapshotResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.ViewSnapshotResponse} ViewSnapshotResponse instance
                     */
                    ViewSnapshotResponse.create = function create(properties) {
                        return new ViewSnapshotResponse(properties);
                    };

                    /**
                     * Encodes the specified ViewSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.ViewSnapshotResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IViewSnapshotResponse} message ViewSnapshotResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ViewSnapshotResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ViewSnapshotResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.ViewSnapshotResponse} ViewSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ViewSnapshotResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.ViewSnapshotResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ViewSnapshotResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.ViewSnapshotResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ViewSnapshotResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.ViewSnapshotResponse";
                    };

                    return ViewSnapshotResponse;
                })();

                v1.MountsRequest = (function() {

                    /**
                     * Properties of a MountsRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IMountsRequest
                     * @property {string|null} [snapshotter] MountsRequest snapshotter
                     * @property {string|null} [key] MountsRequest key
                     */

                    /**
                     * Constructs a new MountsRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a MountsRequest.
                     * @implements IMountsRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IMountsRequest=} [properties] Properties to set
                     */
                    function MountsRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * MountsRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @instance
                     */
                    MountsRequest.prototype.snapshotter = "";

                    /**
                     * MountsRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @instance
                     */
                    MountsRequest.prototype.key = "";

                    /**
                     * Creates a new MountsRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IMountsRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.MountsRequest} MountsRequest instance
                     */
                    MountsRequest.create = function create(properties) {
                        return new MountsRequest(properties);
                    };

                    /**
                     * Encodes the specified MountsRequest message. Does not implicitly {@link containerd.services.snapshots.v1.MountsRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IMountsRequest} message MountsRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MountsRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        return writer;
                    };

                    /**
                     * Decodes a MountsRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.MountsRequest} MountsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MountsRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.MountsRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for MountsRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.MountsRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    MountsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.MountsRequest";
                    };

                    return MountsRequest;
                })();

                v1.MountsResponse = (function() {

                    /**
                     * Properties of a MountsResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IMountsResponse
                     * @property {Array.<containerd.types.IMount>|null} [mounts] MountsResponse mounts
                     */

                    /**
                     * Constructs a new MountsResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a MountsResponse.
                     * @implements IMountsResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IMountsResponse=} [properties] Properties to set
                     */
                    function MountsResponse(properties) {
                        this.mounts = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * MountsResponse mounts.
                     * @member {Array.<containerd.types.IMount>} mounts
                     * @memberof containerd.services.snapshots.v1.MountsResponse
                     * @instance
                     */
                    MountsResponse.prototype.mounts = $util.emptyArray;

                    /**
                     * Creates a new MountsResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.MountsResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IMountsResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.MountsResponse} MountsResponse instance
                     */
                    MountsResponse.create = function create(properties) {
                        return new MountsResponse(properties);
                    };

                    /**
                     * Encodes the specified MountsResponse message. Does not implicitly {@link containerd.services.snapshots.v1.MountsResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.MountsResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IMountsResponse} message MountsResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MountsResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.mounts != null && message.mounts.length)
                            for (let i = 0; i < message.mounts.length; ++i)
                                $root.containerd.types.Mount.encode(message.mounts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a MountsResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.MountsResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.MountsResponse} MountsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MountsResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.MountsResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.mounts && message.mounts.length))
                                        message.mounts = [];
                                    message.mounts.push($root.containerd.types.Mount.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for MountsResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.MountsResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    MountsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.MountsResponse";
                    };

                    return MountsResponse;
                })();

                v1.RemoveSnapshotRequest = (function() {

                    /**
                     * Properties of a RemoveSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IRemoveSnapshotRequest
                     * @property {string|null} [snapshotter] RemoveSnapshotRequest snapshotter
                     * @property {string|null} [key] RemoveSnapshotRequest key
                     */

                    /**
                     * Constructs a new RemoveSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a RemoveSnapshotRequest.
                     * @implements IRemoveSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IRemoveSnapshotRequest=} [properties] Properties to set
                     */
                    function RemoveSnapshotRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * RemoveSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @instance
                     */
                    RemoveSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * RemoveSnapshotRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @instance
                     */
                    RemoveSnapshotRequest.prototype.key = "";

                    /**
                     * Creates a new RemoveSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IRemoveSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.RemoveSnapshotRequest} RemoveSnapshotRequest instance
                     */
                    RemoveSnapshotRequest.create = function create(properties) {
                        return new RemoveSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified RemoveSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.RemoveSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IRemoveSnapshotRequest} message RemoveSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    RemoveSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        return writer;
                    };

                    /**
                     * Decodes a RemoveSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.RemoveSnapshotRequest} RemoveSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    RemoveSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.RemoveSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for RemoveSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.RemoveSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    RemoveSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.RemoveSnapshotRequest";
                    };

                    return RemoveSnapshotRequest;
                })();

                v1.CommitSnapshotRequest = (function() {

                    /**
                     * Properties of a CommitSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface ICommitSnapshotRequest
                     * @property {string|null} [snapshotter] CommitSnapshotRequest snapshotter
                     * @property {string|null} [name] CommitSnapshotRequest name
                     * @property {string|null} [key] CommitSnapshotRequest key
                     * @property {Object.<string,string>|null} [labels] CommitSnapshotRequest labels
                     * @property {string|null} [parent] CommitSnapshotRequest parent
                     */

                    /**
                     * Constructs a new CommitSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a CommitSnapshotRequest.
                     * @implements ICommitSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.ICommitSnapshotRequest=} [properties] Properties to set
                     */
                    function CommitSnapshotRequest(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * CommitSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @instance
                     */
                    CommitSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * CommitSnapshotRequest name.
                     * @member {string} name
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @instance
                     */
                    CommitSnapshotRequest.prototype.name = "";

                    /**
                     * CommitSnapshotRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @instance
                     */
                    CommitSnapshotRequest.prototype.key = "";

                    /**
                     * CommitSnapshotRequest labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @instance
                     */
                    CommitSnapshotRequest.prototype.labels = $util.emptyObject;

                    /**
                     * CommitSnapshotRequest parent.
                     * @member {string} parent
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @instance
                     */
                    CommitSnapshotRequest.prototype.parent = "";

                    /**
                     * Creates a new CommitSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.ICommitSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.CommitSnapshotRequest} CommitSnapshotRequest instance
                     */
                    CommitSnapshotRequest.create = function create(properties) {
                        return new CommitSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified CommitSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.CommitSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.ICommitSnapshotRequest} message CommitSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CommitSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.key);
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.parent);
                        return writer;
                    };

                    /**
                     * Decodes a CommitSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.CommitSnapshotRequest} CommitSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CommitSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.CommitSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.key = reader.string();
                                    break;
                                }
                            case 4: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            case 5: {
                                    message.parent = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for CommitSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.CommitSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    CommitSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.CommitSnapshotRequest";
                    };

                    return CommitSnapshotRequest;
                })();

                v1.StatSnapshotRequest = (function() {

                    /**
                     * Properties of a StatSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IStatSnapshotRequest
                     * @property {string|null} [snapshotter] StatSnapshotRequest snapshotter
                     * @property {string|null} [key] StatSnapshotRequest key
                     */

                    /**
                     * Constructs a new StatSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a StatSnapshotRequest.
                     * @implements IStatSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IStatSnapshotRequest=} [properties] Properties to set
                     */
                    function StatSnapshotRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * StatSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @instance
                     */
                    StatSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * StatSnapshotRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @instance
                     */
                    StatSnapshotRequest.prototype.key = "";

                    /**
                     * Creates a new StatSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IStatSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.StatSnapshotRequest} StatSnapshotRequest instance
                     */
                    StatSnapshotRequest.create = function create(properties) {
                        return new StatSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified StatSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.StatSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IStatSnapshotRequest} message StatSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StatSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        return writer;
                    };

                    /**
                     * Decodes a StatSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.StatSnapshotRequest} StatSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StatSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.StatSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for StatSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.StatSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    StatSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.StatSnapshotRequest";
                    };

                    return StatSnapshotRequest;
                })();

                /**
                 * Kind enum.
                 * @name containerd.services.snapshots.v1.Kind
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} VIEW=1 VIEW value
                 * @property {number} ACTIVE=2 ACTIVE value
                 * @property {number} COMMITTED=3 COMMITTED value
                 */
                v1.Kind = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "VIEW"] = 1;
                    values[valuesById[2] = "ACTIVE"] = 2;
                    values[valuesById[3] = "COMMITTED"] = 3;
                    return values;
                })();

                v1.Info = (function() {

                    /**
                     * Properties of an Info.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IInfo
                     * @property {string|null} [name] Info name
                     * @property {string|null} [parent] Info parent
                     * @property {containerd.services.snapshots.v1.Kind|null} [kind] Info kind
                     * @property {google.protobuf.ITimestamp|null} [createdAt] Info createdAt
                     * @property {google.protobuf.ITimestamp|null} [updatedAt] Info updatedAt
                     * @property {Object.<string,string>|null} [labels] Info labels
                     */

                    /**
                     * Constructs a new Info.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents an Info.
                     * @implements IInfo
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IInfo=} [properties] Properties to set
                     */
                    function Info(properties) {
                        this.labels = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Info name.
                     * @member {string} name
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.name = "";

                    /**
                     * Info parent.
                     * @member {string} parent
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.parent = "";

                    /**
                     * Info kind.
                     * @member {containerd.services.snapshots.v1.Kind} kind
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.kind = 0;

                    /**
                     * Info createdAt.
                     * @member {google.protobuf.ITimestamp|null|undefined} createdAt
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.createdAt = null;

                    /**
                     * Info updatedAt.
                     * @member {google.protobuf.ITimestamp|null|undefined} updatedAt
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.updatedAt = null;

                    /**
                     * Info labels.
                     * @member {Object.<string,string>} labels
                     * @memberof containerd.services.snapshots.v1.Info
                     * @instance
                     */
                    Info.prototype.labels = $util.emptyObject;

                    /**
                     * Creates a new Info instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.Info
                     * @static
                     * @param {containerd.services.snapshots.v1.IInfo=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.Info} Info instance
                     */
                    Info.create = function create(properties) {
                        return new Info(properties);
                    };

                    /**
                     * Encodes the specified Info message. Does not implicitly {@link containerd.services.snapshots.v1.Info.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.Info
                     * @static
                     * @param {containerd.services.snapshots.v1.IInfo} message Info message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Info.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.parent);
                        if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                        if (message.createdAt != null && Object.hasOwnProperty.call(message, "createdAt"))
                            $root.google.protobuf.Timestamp.encode(message.createdAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                        if (message.updatedAt != null && Object.hasOwnProperty.call(message, "updatedAt"))
                            $root.google.protobuf.Timestamp.encode(message.updatedAt, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                            for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes an Info message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.Info
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.Info} Info
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Info.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.Info();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.parent = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.kind = reader.int32();
                                    break;
                                }
                            case 4: {
                                    message.createdAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 5: {
                                    message.updatedAt = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 6: {
                                    if (message.labels === $util.emptyObject)
                                        message.labels = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.string();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.labels, key);
                                    message.labels[key] = value;
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for Info
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.Info
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    Info.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.Info";
                    };

                    return Info;
                })();

                v1.StatSnapshotResponse = (function() {

                    /**
                     * Properties of a StatSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IStatSnapshotResponse
                     * @property {containerd.services.snapshots.v1.IInfo|null} [info] StatSnapshotResponse info
                     */

                    /**
                     * Constructs a new StatSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a StatSnapshotResponse.
                     * @implements IStatSnapshotResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IStatSnapshotResponse=} [properties] Properties to set
                     */
                    function StatSnapshotResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * StatSnapshotResponse info.
                     * @member {containerd.services.snapshots.v1.IInfo|null|undefined} info
                     * @memberof containerd.services.snapshots.v1.StatSnapshotResponse
                     * @instance
                     */
                    StatSnapshotResponse.prototype.info = null;

                    /**
                     * Creates a new StatSnapshotResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.StatSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IStatSnapshotResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.StatSnapshotResponse} StatSnapshotResponse instance
                     */
                    StatSnapshotResponse.create = function create(properties) {
                        return new StatSnapshotResponse(properties);
                    };

                    /**
                     * Encodes the specified StatSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.StatSnapshotResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.StatSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IStatSnapshotResponse} message StatSnapshotResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StatSnapshotResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a StatSnapshotResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.StatSnapshotResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.StatSnapshotResponse} StatSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StatSnapshotResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.StatSnapshotResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for StatSnapshotResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.StatSnapshotResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    StatSnapshotResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.StatSnapshotResponse";
                    };

                    return StatSnapshotResponse;
                })();

                v1.UpdateSnapshotRequest = (function() {

                    /**
                     * Properties of an UpdateSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IUpdateSnapshotRequest
                     * @property {string|null} [snapshotter] UpdateSnapshotRequest snapshotter
                     * @property {containerd.services.snapshots.v1.IInfo|null} [info] UpdateSnapshotRequest info
                     * @property {google.protobuf.IFieldMask|null} [updateMask] UpdateSnapshotRequest updateMask
                     */

                    /**
                     * Constructs a new UpdateSnapshotRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents an UpdateSnapshotRequest.
                     * @implements IUpdateSnapshotRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotRequest=} [properties] Properties to set
                     */
                    function UpdateSnapshotRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * UpdateSnapshotRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @instance
                     */
                    UpdateSnapshotRequest.prototype.snapshotter = "";

                    /**
                     * UpdateSnapshotRequest info.
                     * @member {containerd.services.snapshots.v1.IInfo|null|undefined} info
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @instance
                     */
                    UpdateSnapshotRequest.prototype.info = null;

                    /**
                     * UpdateSnapshotRequest updateMask.
                     * @member {google.protobuf.IFieldMask|null|undefined} updateMask
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @instance
                     */
                    UpdateSnapshotRequest.prototype.updateMask = null;

                    /**
                     * Creates a new UpdateSnapshotRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.UpdateSnapshotRequest} UpdateSnapshotRequest instance
                     */
                    UpdateSnapshotRequest.create = function create(properties) {
                        return new UpdateSnapshotRequest(properties);
                    };

                    /**
                     * Encodes the specified UpdateSnapshotRequest message. Does not implicitly {@link containerd.services.snapshots.v1.UpdateSnapshotRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotRequest} message UpdateSnapshotRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UpdateSnapshotRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.updateMask != null && Object.hasOwnProperty.call(message, "updateMask"))
                            $root.google.protobuf.FieldMask.encode(message.updateMask, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes an UpdateSnapshotRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.UpdateSnapshotRequest} UpdateSnapshotRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UpdateSnapshotRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.UpdateSnapshotRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 3: {
                                    message.updateMask = $root.google.protobuf.FieldMask.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for UpdateSnapshotRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    UpdateSnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.UpdateSnapshotRequest";
                    };

                    return UpdateSnapshotRequest;
                })();

                v1.UpdateSnapshotResponse = (function() {

                    /**
                     * Properties of an UpdateSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IUpdateSnapshotResponse
                     * @property {containerd.services.snapshots.v1.IInfo|null} [info] UpdateSnapshotResponse info
                     */

                    /**
                     * Constructs a new UpdateSnapshotResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents an UpdateSnapshotResponse.
                     * @implements IUpdateSnapshotResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotResponse=} [properties] Properties to set
                     */
                    function UpdateSnapshotResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * UpdateSnapshotResponse info.
                     * @member {containerd.services.snapshots.v1.IInfo|null|undefined} info
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotResponse
                     * @instance
                     */
                    UpdateSnapshotResponse.prototype.info = null;

                    /**
                     * Creates a new UpdateSnapshotResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.UpdateSnapshotResponse} UpdateSnapshotResponse instance
                     */
                    UpdateSnapshotResponse.create = function create(properties) {
                        return new UpdateSnapshotResponse(properties);
                    };

                    /**
                     * Encodes the specified UpdateSnapshotResponse message. Does not implicitly {@link containerd.services.snapshots.v1.UpdateSnapshotResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IUpdateSnapshotResponse} message UpdateSnapshotResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UpdateSnapshotResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                            $root.containerd.services.snapshots.v1.Info.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes an UpdateSnapshotResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.UpdateSnapshotResponse} UpdateSnapshotResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UpdateSnapshotResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.UpdateSnapshotResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.info = $root.containerd.services.snapshots.v1.Info.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for UpdateSnapshotResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.UpdateSnapshotResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    UpdateSnapshotResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.UpdateSnapshotResponse";
                    };

                    return UpdateSnapshotResponse;
                })();

                v1.ListSnapshotsRequest = (function() {

                    /**
                     * Properties of a ListSnapshotsRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IListSnapshotsRequest
                     * @property {string|null} [snapshotter] ListSnapshotsRequest snapshotter
                     * @property {Array.<string>|null} [filters] ListSnapshotsRequest filters
                     */

                    /**
                     * Constructs a new ListSnapshotsRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a ListSnapshotsRequest.
                     * @implements IListSnapshotsRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IListSnapshotsRequest=} [properties] Properties to set
                     */
                    function ListSnapshotsRequest(properties) {
                        this.filters = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ListSnapshotsRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @instance
                     */
                    ListSnapshotsRequest.prototype.snapshotter = "";

                    /**
                     * ListSnapshotsRequest filters.
                     * @member {Array.<string>} filters
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @instance
                     */
                    ListSnapshotsRequest.prototype.filters = $util.emptyArray;

                    /**
                     * Creates a new ListSnapshotsRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IListSnapshotsRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.ListSnapshotsRequest} ListSnapshotsRequest instance
                     */
                    ListSnapshotsRequest.create = function create(properties) {
                        return new ListSnapshotsRequest(properties);
                    };

                    /**
                     * Encodes the specified ListSnapshotsRequest message. Does not implicitly {@link containerd.services.snapshots.v1.ListSnapshotsRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IListSnapshotsRequest} message ListSnapshotsRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ListSnapshotsRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.filters != null && message.filters.length)
                            for (let i = 0; i < message.filters.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.filters[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ListSnapshotsRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.ListSnapshotsRequest} ListSnapshotsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ListSnapshotsRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.ListSnapshotsRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    if (!(message.filters && message.filters.length))
                                        message.filters = [];
                                    message.filters.push(reader.string());
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ListSnapshotsRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ListSnapshotsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.ListSnapshotsRequest";
                    };

                    return ListSnapshotsRequest;
                })();

                v1.ListSnapshotsResponse = (function() {

                    /**
                     * Properties of a ListSnapshotsResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IListSnapshotsResponse
                     * @property {Array.<containerd.services.snapshots.v1.IInfo>|null} [info] ListSnapshotsResponse info
                     */

                    /**
                     * Constructs a new ListSnapshotsResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a ListSnapshotsResponse.
                     * @implements IListSnapshotsResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IListSnapshotsResponse=} [properties] Properties to set
                     */
                    function ListSnapshotsResponse(properties) {
                        this.info = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ListSnapshotsResponse info.
                     * @member {Array.<containerd.services.snapshots.v1.IInfo>} info
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsResponse
                     * @instance
                     */
                    ListSnapshotsResponse.prototype.info = $util.emptyArray;

                    /**
                     * Creates a new ListSnapshotsResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IListSnapshotsResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.ListSnapshotsResponse} ListSnapshotsResponse instance
                     */
                    ListSnapshotsResponse.create = function create(properties) {
                        return new ListSnapshotsResponse(properties);
                    };

                    /**
                     * Encodes the specified ListSnapshotsResponse message. Does not implicitly {@link containerd.services.snapshots.v1.ListSnapshotsResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IListSnapshotsResponse} message ListSnapshotsResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ListSnapshotsResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.info != null && message.info.length)
                            for (let i = 0; i < message.info.length; ++i)
                                $root.containerd.services.snapshots.v1.Info.encode(message.info[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ListSnapshotsResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.ListSnapshotsResponse} ListSnapshotsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ListSnapshotsResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.ListSnapshotsResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (!(message.info && message.info.length))
                                        message.info = [];
                                    message.info.push($root.containerd.services.snapshots.v1.Info.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for ListSnapshotsResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.ListSnapshotsResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    ListSnapshotsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.ListSnapshotsResponse";
                    };

                    return ListSnapshotsResponse;
                })();

                v1.UsageRequest = (function() {

                    /**
                     * Properties of a UsageRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IUsageRequest
                     * @property {string|null} [snapshotter] UsageRequest snapshotter
                     * @property {string|null} [key] UsageRequest key
                     */

                    /**
                     * Constructs a new UsageRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a UsageRequest.
                     * @implements IUsageRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IUsageRequest=} [properties] Properties to set
                     */
                    function UsageRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * UsageRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @instance
                     */
                    UsageRequest.prototype.snapshotter = "";

                    /**
                     * UsageRequest key.
                     * @member {string} key
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @instance
                     */
                    UsageRequest.prototype.key = "";

                    /**
                     * Creates a new UsageRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IUsageRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.UsageRequest} UsageRequest instance
                     */
                    UsageRequest.create = function create(properties) {
                        return new UsageRequest(properties);
                    };

                    /**
                     * Encodes the specified UsageRequest message. Does not implicitly {@link containerd.services.snapshots.v1.UsageRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.IUsageRequest} message UsageRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UsageRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                        return writer;
                    };

                    /**
                     * Decodes a UsageRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.UsageRequest} UsageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UsageRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.UsageRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.key = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for UsageRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.UsageRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    UsageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.UsageRequest";
                    };

                    return UsageRequest;
                })();

                v1.UsageResponse = (function() {

                    /**
                     * Properties of a UsageResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @interface IUsageResponse
                     * @property {number|null} [size] UsageResponse size
                     * @property {number|null} [inodes] UsageResponse inodes
                     */

                    /**
                     * Constructs a new UsageResponse.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a UsageResponse.
                     * @implements IUsageResponse
                     * @constructor
                     * @param {containerd.services.snapshots.v1.IUsageResponse=} [properties] Properties to set
                     */
                    function UsageResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * UsageResponse size.
                     * @member {number} size
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @instance
                     */
                    UsageResponse.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * UsageResponse inodes.
                     * @member {number} inodes
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @instance
                     */
                    UsageResponse.prototype.inodes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new UsageResponse instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IUsageResponse=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.UsageResponse} UsageResponse instance
                     */
                    UsageResponse.create = function create(properties) {
                        return new UsageResponse(properties);
                    };

                    /**
                     * Encodes the specified UsageResponse message. Does not implicitly {@link containerd.services.snapshots.v1.UsageResponse.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @static
                     * @param {containerd.services.snapshots.v1.IUsageResponse} message UsageResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UsageResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.size);
                        if (message.inodes != null && Object.hasOwnProperty.call(message, "inodes"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int64(message.inodes);
                        return writer;
                    };

                    /**
                     * Decodes a UsageResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.UsageResponse} UsageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UsageResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.UsageResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.size = reader.int64();
                                    break;
                                }
                            case 2: {
                                    message.inodes = reader.int64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for UsageResponse
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.UsageResponse
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    UsageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.UsageResponse";
                    };

                    return UsageResponse;
                })();

                v1.CleanupRequest = (function() {

                    /**
                     * Properties of a CleanupRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @interface ICleanupRequest
                     * @property {string|null} [snapshotter] CleanupRequest snapshotter
                     */

                    /**
                     * Constructs a new CleanupRequest.
                     * @memberof containerd.services.snapshots.v1
                     * @classdesc Represents a CleanupRequest.
                     * @implements ICleanupRequest
                     * @constructor
                     * @param {containerd.services.snapshots.v1.ICleanupRequest=} [properties] Properties to set
                     */
                    function CleanupRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * CleanupRequest snapshotter.
                     * @member {string} snapshotter
                     * @memberof containerd.services.snapshots.v1.CleanupRequest
                     * @instance
                     */
                    CleanupRequest.prototype.snapshotter = "";

                    /**
                     * Creates a new CleanupRequest instance using the specified properties.
                     * @function create
                     * @memberof containerd.services.snapshots.v1.CleanupRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.ICleanupRequest=} [properties] Properties to set
                     * @returns {containerd.services.snapshots.v1.CleanupRequest} CleanupRequest instance
                     */
                    CleanupRequest.create = function create(properties) {
                        return new CleanupRequest(properties);
                    };

                    /**
                     * Encodes the specified CleanupRequest message. Does not implicitly {@link containerd.services.snapshots.v1.CleanupRequest.verify|verify} messages.
                     * @function encode
                     * @memberof containerd.services.snapshots.v1.CleanupRequest
                     * @static
                     * @param {containerd.services.snapshots.v1.ICleanupRequest} message CleanupRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CleanupRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.snapshotter != null && Object.hasOwnProperty.call(message, "snapshotter"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.snapshotter);
                        return writer;
                    };

                    /**
                     * Decodes a CleanupRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof containerd.services.snapshots.v1.CleanupRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {containerd.services.snapshots.v1.CleanupRequest} CleanupRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CleanupRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.containerd.services.snapshots.v1.CleanupRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.snapshotter = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    /**
                     * Gets the default type url for CleanupRequest
                     * @function getTypeUrl
                     * @memberof containerd.services.snapshots.v1.CleanupRequest
                     * @static
                     * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns {string} The default type url
                     */
                    CleanupRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                        if (typeUrlPrefix === undefined) {
                            typeUrlPrefix = "type.googleapis.com";
                        }
                        return typeUrlPrefix + "/containerd.services.snapshots.v1.CleanupRequest";
                    };

                    return CleanupRequest;
                })();

                return v1;
            })();

            return snapshots;
        })();

        services.events = (function() {

            /**
             * Namespace events.
             * @memberof containerd.services
             * @namespace
             */
            const events = {};

            events.ttrpc = (function() {

                /**
                 * Namespace ttrpc.
                 * @memberof containerd.services.events
                 * @namespace
                 */
                const ttrpc = {};

                ttrpc.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof containerd.services.events.ttrpc
                     * @namespace
                     */
                    const v1 = {};

                    v1.Events = (function() {

                        /**
                         * Constructs a new Events service.
                         * @memberof containerd.services.events.ttrpc.v1
                         * @classdesc Represents an Events
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        function Events(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        }

                        (Events.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Events;

                        /**
                         * Creates new Events service using the specified rpc implementation.
                         * @function create
                         * @memberof containerd.services.events.ttrpc.v1.Events
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {Events} RPC service. Useful where requests and/or responses are streamed.
                         */
                        Events.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link containerd.services.events.ttrpc.v1.Events#forward}.
                         * @memberof containerd.services.events.ttrpc.v1.Events
                         * @typedef ForwardCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {google.protobuf.Empty} [response] Empty
                         */

                        /**
                         * Calls Forward.
                         * @function forward
                         * @memberof containerd.services.events.ttrpc.v1.Events
                         * @instance
                         * @param {containerd.services.events.ttrpc.v1.IForwardRequest} request ForwardRequest message or plain object
                         * @param {containerd.services.events.ttrpc.v1.Events.ForwardCallback} callback Node-style callback called with the error, if any, and Empty
                         * @returns {undefined}
                         * @variation 1
                         */
                        Object.defineProperty(Events.prototype.forward = function forward(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, forward, $root.containerd.services.events.ttrpc.v1.ForwardRequest, $root.google.protobuf.Empty, request, callback);
                        }, "name", { value: "Forward" });

                        /**
                         * Calls Forward.
                         * @function forward
                         * @memberof containerd.services.events.ttrpc.v1.Events
                         * @instance
                         * @param {containerd.services.events.ttrpc.v1.IForwardRequest} request ForwardRequest message or plain object
                         * @returns {Promise<google.protobuf.Empty>} Promise
                         * @variation 2
                         */

                        return Events;
                    })();

                    v1.ForwardRequest = (function() {

                        /**
                         * Properties of a ForwardRequest.
                         * @memberof containerd.services.events.ttrpc.v1
                         * @interface IForwardRequest
                         * @property {containerd.services.events.ttrpc.v1.IEnvelope|null} [envelope] ForwardRequest envelope
                         */

                        /**
                         * Constructs a new ForwardRequest.
                         * @memberof containerd.services.events.ttrpc.v1
                         * @classdesc Represents a ForwardRequest.
                         * @implements IForwardRequest
                         * @constructor
                         * @param {containerd.services.events.ttrpc.v1.IForwardRequest=} [properties] Properties to set
                         */
                        function ForwardRequest(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * ForwardRequest envelope.
                         * @member {containerd.services.events.ttrpc.v1.IEnvelope|null|undefined} envelope
                         * @memberof containerd.services.events.ttrpc.v1.ForwardRequest
                         * @instance
                         */
                        ForwardRequest.prototype.envelope = null;

                        /**
                         * Creates a new ForwardRequest instance using the specified properties.
                         * @function create
                         * @memberof containerd.services.events.ttrpc.v1.ForwardRequest
                         * @static
                         * @param {containerd.services.events.ttrpc.v1.IForwardRequest=} [properties] Properties to set
                         * @returns {containerd.services.events.ttrpc.v1.ForwardRequest} ForwardRequest instance
                         */
                        ForwardRequest.create = function create(properties) {
                            return new ForwardRequest(properties);
                        };

                        /**
                         * Encodes the specified ForwardRequest message. Does not implicitly {@link containerd.services.events.ttrpc.v1.ForwardRequest.verify|verify} messages.
                         * @function encode
                         * @memberof containerd.services.events.ttrpc.v1.ForwardRequest
                         * @static
                         * @param {containerd.services.events.ttrpc.v1.IForwardRequest} message ForwardRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ForwardRequest.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.envelope != null && Object.hasOwnProperty.call(message, "envelope"))
                                $root.containerd.services.events.ttrpc.v1.Envelope.encode(message.envelope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes a ForwardRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof containerd.services.events.ttrpc.v1.ForwardRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {containerd.services.events.ttrpc.v1.ForwardRequest} ForwardRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ForwardRequest.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.containerd.services.events.ttrpc.v1.ForwardRequest();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.envelope = $root.containerd.services.events.ttrpc.v1.Envelope.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for ForwardRequest
                         * @function getTypeUrl
                         * @memberof containerd.services.events.ttrpc.v1.ForwardRequest
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        ForwardRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/containerd.services.events.ttrpc.v1.ForwardRequest";
                        };

                        return ForwardRequest;
                    })();

                    v1.Envelope = (function() {

                        /**
                         * Properties of an Envelope.
                         * @memberof containerd.services.events.ttrpc.v1
                         * @interface IEnvelope
                         * @property {google.protobuf.ITimestamp|null} [timestamp] Envelope timestamp
                         * @property {string|null} [namespace] Envelope namespace
                         * @property {string|null} [topic] Envelope topic
                         * @property {google.protobuf.IAny|null} [event] Envelope event
                         */

                        /**
                         * Constructs a new Envelope.
                         * @memberof containerd.services.events.ttrpc.v1
                         * @classdesc Represents an Envelope.
                         * @implements IEnvelope
                         * @constructor
                         * @param {containerd.services.events.ttrpc.v1.IEnvelope=} [properties] Properties to set
                         */
                        function Envelope(properties) {
                            if (properties)
                                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        }

                        /**
                         * Envelope timestamp.
                         * @member {google.protobuf.ITimestamp|null|undefined} timestamp
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @instance
                         */
                        Envelope.prototype.timestamp = null;

                        /**
                         * Envelope namespace.
                         * @member {string} namespace
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @instance
                         */
                        Envelope.prototype.namespace = "";

                        /**
                         * Envelope topic.
                         * @member {string} topic
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @instance
                         */
                        Envelope.prototype.topic = "";

                        /**
                         * Envelope event.
                         * @member {google.protobuf.IAny|null|undefined} event
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @instance
                         */
                        Envelope.prototype.event = null;

                        /**
                         * Creates a new Envelope instance using the specified properties.
                         * @function create
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @static
                         * @param {containerd.services.events.ttrpc.v1.IEnvelope=} [properties] Properties to set
                         * @returns {containerd.services.events.ttrpc.v1.Envelope} Envelope instance
                         */
                        Envelope.create = function create(properties) {
                            return new Envelope(properties);
                        };

                        /**
                         * Encodes the specified Envelope message. Does not implicitly {@link containerd.services.events.ttrpc.v1.Envelope.verify|verify} messages.
                         * @function encode
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @static
                         * @param {containerd.services.events.ttrpc.v1.IEnvelope} message Envelope message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Envelope.encode = function encode(message, writer, q) {
                            if (!writer)
                                writer = $Writer.create();
                            if (q === undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw Error("max depth exceeded");
                            if (message.timestamp != null && Object.hasOwnProperty.call(message, "timestamp"))
                                $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                                writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                            if (message.topic != null && Object.hasOwnProperty.call(message, "topic"))
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.topic);
                            if (message.event != null && Object.hasOwnProperty.call(message, "event"))
                                $root.google.protobuf.Any.encode(message.event, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            return writer;
                        };

                        /**
                         * Decodes an Envelope message from the specified reader or buffer.
                         * @function decode
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {containerd.services.events.ttrpc.v1.Envelope} Envelope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Envelope.decode = function decode(reader, length, error, long) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (long === undefined)
                                long = 0;
                            if (long > $Reader.recursionLimit)
                                throw Error("maximum nesting depth exceeded");
                            let end, message;
                            if (length === undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = new $root.containerd.services.events.ttrpc.v1.Envelope();
                            while (reader.pos < end) {
                                let tag = reader.uint32();
                                if (tag === error)
                                    break;
                                switch (tag >>> 3) {
                                case 1: {
                                        message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                case 2: {
                                        message.namespace = reader.string();
                                        break;
                                    }
                                case 3: {
                                        message.topic = reader.string();
                                        break;
                                    }
                                case 4: {
                                        message.event = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    }
                                default:
                                    reader.skipType(tag & 7, long);
                                    break;
                                }
                            }
                            if (length !== undefined) {
                                if (reader.pos !== end)
                                    throw RangeError("index out of range");
                                reader.len = length;
                            }
                            return message;
                        };

                        /**
                         * Gets the default type url for Envelope
                         * @function getTypeUrl
                         * @memberof containerd.services.events.ttrpc.v1.Envelope
                         * @static
                         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns {string} The default type url
                         */
                        Envelope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                            if (typeUrlPrefix === undefined) {
                                typeUrlPrefix = "type.googleapis.com";
                            }
                            return typeUrlPrefix + "/containerd.services.events.ttrpc.v1.Envelope";
                        };

                        return Envelope;
                    })();

                    return v1;
                })();

                return ttrpc;
            })();

            return events;
        })();

        return services;
    })();

    return containerd;
})();

export const runtimeoptions = $root.runtimeoptions = (() => {

    /**
     * Namespace runtimeoptions.
     * @exports runtimeoptions
     * @namespace
     */
    const runtimeoptions = {};

    runtimeoptions.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof runtimeoptions
         * @namespace
         */
        const v1 = {};

        v1.Options = (function() {

            /**
             * Properties of an Options.
             * @memberof runtimeoptions.v1
             * @interface IOptions
             * @property {string|null} [typeUrl] Options typeUrl
             * @property {string|null} [configPath] Options configPath
             * @property {Uint8Array|null} [configBody] Options configBody
             */

            /**
             * Constructs a new Options.
             * @memberof runtimeoptions.v1
             * @classdesc Represents an Options.
             * @implements IOptions
             * @constructor
             * @param {runtimeoptions.v1.IOptions=} [properties] Properties to set
             */
            function Options(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Options typeUrl.
             * @member {string} typeUrl
             * @memberof runtimeoptions.v1.Options
             * @instance
             */
            Options.prototype.typeUrl = "";

            /**
             * Options configPath.
             * @member {string} configPath
             * @memberof runtimeoptions.v1.Options
             * @instance
             */
            Options.prototype.configPath = "";

            /**
             * Options configBody.
             * @member {Uint8Array} configBody
             * @memberof runtimeoptions.v1.Options
             * @instance
             */
            Options.prototype.configBody = $util.newBuffer([]);

            /**
             * Creates a new Options instance using the specified properties.
             * @function create
             * @memberof runtimeoptions.v1.Options
             * @static
             * @param {runtimeoptions.v1.IOptions=} [properties] Properties to set
             * @returns {runtimeoptions.v1.Options} Options instance
             */
            Options.create = function create(properties) {
                return new Options(properties);
            };

            /**
             * Encodes the specified Options message. Does not implicitly {@link runtimeoptions.v1.Options.verify|verify} messages.
             * @function encode
             * @memberof runtimeoptions.v1.Options
             * @static
             * @param {runtimeoptions.v1.IOptions} message Options message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Options.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeUrl != null && Object.hasOwnProperty.call(message, "typeUrl"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeUrl);
                if (message.configPath != null && Object.hasOwnProperty.call(message, "configPath"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.configPath);
                if (message.configBody != null && Object.hasOwnProperty.call(message, "configBody"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.configBody);
                return writer;
            };

            /**
             * Decodes an Options message from the specified reader or buffer.
             * @function decode
             * @memberof runtimeoptions.v1.Options
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {runtimeoptions.v1.Options} Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Options.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.runtimeoptions.v1.Options();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeUrl = reader.string();
                            break;
                        }
                    case 2: {
                            message.configPath = reader.string();
                            break;
                        }
                    case 3: {
                            message.configBody = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Options
             * @function getTypeUrl
             * @memberof runtimeoptions.v1.Options
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Options.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/runtimeoptions.v1.Options";
            };

            return Options;
        })();

        return v1;
    })();

    return runtimeoptions;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @implements ITimestamp
             * @constructor
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             */
            function Timestamp(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             */
            Timestamp.create = function create(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Timestamp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @implements IAny
             * @constructor
             * @param {google.protobuf.IAny=} [properties] Properties to set
             */
            function Any(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             */
            Any.create = function create(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type_url != null && Object.hasOwnProperty.call(message, "type_url"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type_url = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Any.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        protobuf.Empty = (function() {

            /**
             * Properties of an Empty.
             * @memberof google.protobuf
             * @interface IEmpty
             */

            /**
             * Constructs a new Empty.
             * @memberof google.protobuf
             * @classdesc Represents an Empty.
             * @implements IEmpty
             * @constructor
             * @param {google.protobuf.IEmpty=} [properties] Properties to set
             */
            function Empty(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new Empty instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.IEmpty=} [properties] Properties to set
             * @returns {google.protobuf.Empty} Empty instance
             */
            Empty.create = function create(properties) {
                return new Empty(properties);
            };

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.IEmpty} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Empty} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Empty();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Empty
             * @function getTypeUrl
             * @memberof google.protobuf.Empty
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Empty.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Empty";
            };

            return Empty;
        })();

        protobuf.FieldMask = (function() {

            /**
             * Properties of a FieldMask.
             * @memberof google.protobuf
             * @interface IFieldMask
             * @property {Array.<string>|null} [paths] FieldMask paths
             */

            /**
             * Constructs a new FieldMask.
             * @memberof google.protobuf
             * @classdesc Represents a FieldMask.
             * @implements IFieldMask
             * @constructor
             * @param {google.protobuf.IFieldMask=} [properties] Properties to set
             */
            function FieldMask(properties) {
                this.paths = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FieldMask paths.
             * @member {Array.<string>} paths
             * @memberof google.protobuf.FieldMask
             * @instance
             */
            FieldMask.prototype.paths = $util.emptyArray;

            /**
             * Creates a new FieldMask instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.IFieldMask=} [properties] Properties to set
             * @returns {google.protobuf.FieldMask} FieldMask instance
             */
            FieldMask.create = function create(properties) {
                return new FieldMask(properties);
            };

            /**
             * Encodes the specified FieldMask message. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.IFieldMask} message FieldMask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldMask.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.paths != null && message.paths.length)
                    for (let i = 0; i < message.paths.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.paths[i]);
                return writer;
            };

            /**
             * Decodes a FieldMask message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FieldMask} FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldMask.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.FieldMask();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.paths && message.paths.length))
                                message.paths = [];
                            message.paths.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for FieldMask
             * @function getTypeUrl
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FieldMask.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FieldMask";
            };

            return FieldMask;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.IAny>|null} [details] Status details
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @implements IStatus
             * @constructor
             * @param {google.rpc.IStatus=} [properties] Properties to set
             */
            function Status(properties) {
                this.details = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.IAny>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.IStatus=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             */
            Status.create = function create(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.IStatus} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.rpc.Status} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.int32();
                            break;
                        }
                    case 2: {
                            message.message = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Gets the default type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.rpc.Status";
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export const tandem = $root.tandem = (() => {

    /**
     * Namespace tandem.
     * @exports tandem
     * @namespace
     */
    const tandem = {};

    tandem.agent = (function() {

        /**
         * Namespace agent.
         * @memberof tandem
         * @namespace
         */
        const agent = {};

        agent.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tandem.agent
             * @namespace
             */
            const v1 = {};

            v1.Agent = (function() {

                /**
                 * Constructs a new Agent service.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an Agent
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Agent(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Agent.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Agent;

                /**
                 * Creates new Agent service using the specified rpc implementation.
                 * @function create
                 * @memberof tandem.agent.v1.Agent
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Agent} RPC service. Useful where requests and/or responses are streamed.
                 */
                Agent.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#hello}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef HelloCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.HelloResponse} [response] HelloResponse
                 */

                /**
                 * Calls Hello.
                 * @function hello
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IHelloRequest} request HelloRequest message or plain object
                 * @param {tandem.agent.v1.Agent.HelloCallback} callback Node-style callback called with the error, if any, and HelloResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.hello = function hello(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, hello, $root.tandem.agent.v1.HelloRequest, $root.tandem.agent.v1.HelloResponse, request, callback);
                }, "name", { value: "Hello" });

                /**
                 * Calls Hello.
                 * @function hello
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IHelloRequest} request HelloRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.HelloResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#ping}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PingCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PingResponse} [response] PingResponse
                 */

                /**
                 * Calls Ping.
                 * @function ping
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPingRequest} request PingRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PingCallback} callback Node-style callback called with the error, if any, and PingResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.ping = function ping(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, ping, $root.tandem.agent.v1.PingRequest, $root.tandem.agent.v1.PingResponse, request, callback);
                }, "name", { value: "Ping" });

                /**
                 * Calls Ping.
                 * @function ping
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPingRequest} request PingRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PingResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#createContainer}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef CreateContainerCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.CreateContainerResponse} [response] CreateContainerResponse
                 */

                /**
                 * Calls CreateContainer.
                 * @function createContainer
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
                 * @param {tandem.agent.v1.Agent.CreateContainerCallback} callback Node-style callback called with the error, if any, and CreateContainerResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.createContainer = function createContainer(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, createContainer, $root.tandem.agent.v1.CreateContainerRequest, $root.tandem.agent.v1.CreateContainerResponse, request, callback);
                }, "name", { value: "CreateContainer" });

                /**
                 * Calls CreateContainer.
                 * @function createContainer
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICreateContainerRequest} request CreateContainerRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.CreateContainerResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#start}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef StartCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.StartResponse} [response] StartResponse
                 */

                /**
                 * Calls Start.
                 * @function start
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStartRequest} request StartRequest message or plain object
                 * @param {tandem.agent.v1.Agent.StartCallback} callback Node-style callback called with the error, if any, and StartResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.start = function start(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, start, $root.tandem.agent.v1.StartRequest, $root.tandem.agent.v1.StartResponse, request, callback);
                }, "name", { value: "Start" });

                /**
                 * Calls Start.
                 * @function start
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStartRequest} request StartRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.StartResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#exec}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ExecCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ExecResponse} [response] ExecResponse
                 */

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IExecRequest} request ExecRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ExecCallback} callback Node-style callback called with the error, if any, and ExecResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.exec = function exec(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, exec, $root.tandem.agent.v1.ExecRequest, $root.tandem.agent.v1.ExecResponse, request, callback);
                }, "name", { value: "Exec" });

                /**
                 * Calls Exec.
                 * @function exec
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IExecRequest} request ExecRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ExecResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#kill}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef KillCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.KillResponse} [response] KillResponse
                 */

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IKillRequest} request KillRequest message or plain object
                 * @param {tandem.agent.v1.Agent.KillCallback} callback Node-style callback called with the error, if any, and KillResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.kill = function kill(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, kill, $root.tandem.agent.v1.KillRequest, $root.tandem.agent.v1.KillResponse, request, callback);
                }, "name", { value: "Kill" });

                /**
                 * Calls Kill.
                 * @function kill
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IKillRequest} request KillRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.KillResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#wait}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef WaitCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.WaitResponse} [response] WaitResponse
                 */

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitRequest} request WaitRequest message or plain object
                 * @param {tandem.agent.v1.Agent.WaitCallback} callback Node-style callback called with the error, if any, and WaitResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.wait = function wait(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, wait, $root.tandem.agent.v1.WaitRequest, $root.tandem.agent.v1.WaitResponse, request, callback);
                }, "name", { value: "Wait" });

                /**
                 * Calls Wait.
                 * @function wait
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IWaitRequest} request WaitRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.WaitResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pids}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PidsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PidsResponse} [response] PidsResponse
                 */

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPidsRequest} request PidsRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PidsCallback} callback Node-style callback called with the error, if any, and PidsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.pids = function pids(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pids, $root.tandem.agent.v1.PidsRequest, $root.tandem.agent.v1.PidsResponse, request, callback);
                }, "name", { value: "Pids" });

                /**
                 * Calls Pids.
                 * @function pids
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPidsRequest} request PidsRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PidsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#pause}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef PauseCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PauseResponse} [response] PauseResponse
                 */

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPauseRequest} request PauseRequest message or plain object
                 * @param {tandem.agent.v1.Agent.PauseCallback} callback Node-style callback called with the error, if any, and PauseResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.pause = function pause(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, pause, $root.tandem.agent.v1.PauseRequest, $root.tandem.agent.v1.PauseResponse, request, callback);
                }, "name", { value: "Pause" });

                /**
                 * Calls Pause.
                 * @function pause
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPauseRequest} request PauseRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.PauseResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resume}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ResumeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ResumeResponse} [response] ResumeResponse
                 */

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResumeRequest} request ResumeRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ResumeCallback} callback Node-style callback called with the error, if any, and ResumeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.resume = function resume(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resume, $root.tandem.agent.v1.ResumeRequest, $root.tandem.agent.v1.ResumeResponse, request, callback);
                }, "name", { value: "Resume" });

                /**
                 * Calls Resume.
                 * @function resume
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResumeRequest} request ResumeRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ResumeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#resizePty}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef ResizePtyCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.ResizePtyResponse} [response] ResizePtyResponse
                 */

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @param {tandem.agent.v1.Agent.ResizePtyCallback} callback Node-style callback called with the error, if any, and ResizePtyResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.resizePty = function resizePty(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, resizePty, $root.tandem.agent.v1.ResizePtyRequest, $root.tandem.agent.v1.ResizePtyResponse, request, callback);
                }, "name", { value: "ResizePty" });

                /**
                 * Calls ResizePty.
                 * @function resizePty
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IResizePtyRequest} request ResizePtyRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.ResizePtyResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#closeStdin}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef CloseStdinCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.CloseStdinResponse} [response] CloseStdinResponse
                 */

                /**
                 * Calls CloseStdin.
                 * @function closeStdin
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICloseStdinRequest} request CloseStdinRequest message or plain object
                 * @param {tandem.agent.v1.Agent.CloseStdinCallback} callback Node-style callback called with the error, if any, and CloseStdinResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.closeStdin = function closeStdin(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, closeStdin, $root.tandem.agent.v1.CloseStdinRequest, $root.tandem.agent.v1.CloseStdinResponse, request, callback);
                }, "name", { value: "CloseStdin" });

                /**
                 * Calls CloseStdin.
                 * @function closeStdin
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.ICloseStdinRequest} request CloseStdinRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.CloseStdinResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#delete_}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef DeleteCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.DeleteResponse} [response] DeleteResponse
                 */

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IDeleteRequest} request DeleteRequest message or plain object
                 * @param {tandem.agent.v1.Agent.DeleteCallback} callback Node-style callback called with the error, if any, and DeleteResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype["delete"] = function delete_(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, delete_, $root.tandem.agent.v1.DeleteRequest, $root.tandem.agent.v1.DeleteResponse, request, callback);
                }, "name", { value: "Delete" });

                /**
                 * Calls Delete.
                 * @function delete
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IDeleteRequest} request DeleteRequest message or plain object
                 * @returns {Promise<tandem.agent.v1.DeleteResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#stdio}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef StdioCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.StdioOutput} [response] StdioOutput
                 */

                /**
                 * Calls Stdio.
                 * @function stdio
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStdioInput} request StdioInput message or plain object
                 * @param {tandem.agent.v1.Agent.StdioCallback} callback Node-style callback called with the error, if any, and StdioOutput
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.stdio = function stdio(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, stdio, $root.tandem.agent.v1.StdioInput, $root.tandem.agent.v1.StdioOutput, request, callback);
                }, "name", { value: "Stdio" });

                /**
                 * Calls Stdio.
                 * @function stdio
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IStdioInput} request StdioInput message or plain object
                 * @returns {Promise<tandem.agent.v1.StdioOutput>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tandem.agent.v1.Agent#dialPort}.
                 * @memberof tandem.agent.v1.Agent
                 * @typedef DialPortCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tandem.agent.v1.PortOutput} [response] PortOutput
                 */

                /**
                 * Calls DialPort.
                 * @function dialPort
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPortInput} request PortInput message or plain object
                 * @param {tandem.agent.v1.Agent.DialPortCallback} callback Node-style callback called with the error, if any, and PortOutput
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Agent.prototype.dialPort = function dialPort(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, dialPort, $root.tandem.agent.v1.PortInput, $root.tandem.agent.v1.PortOutput, request, callback);
                }, "name", { value: "DialPort" });

                /**
                 * Calls DialPort.
                 * @function dialPort
                 * @memberof tandem.agent.v1.Agent
                 * @instance
                 * @param {tandem.agent.v1.IPortInput} request PortInput message or plain object
                 * @returns {Promise<tandem.agent.v1.PortOutput>} Promise
                 * @variation 2
                 */

                return Agent;
            })();

            /**
             * Version enum.
             * @name tandem.agent.v1.Version
             * @enum {number}
             * @property {number} VERSION_UNSPECIFIED=0 VERSION_UNSPECIFIED value
             * @property {number} API_VERSION=1 API_VERSION value
             */
            v1.Version = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "VERSION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "API_VERSION"] = 1;
                return values;
            })();

            v1.HelloRequest = (function() {

                /**
                 * Properties of a HelloRequest.
                 * @memberof tandem.agent.v1
                 * @interface IHelloRequest
                 * @property {number|null} [minVersion] HelloRequest minVersion
                 * @property {number|null} [maxVersion] HelloRequest maxVersion
                 * @property {string|null} [host] HelloRequest host
                 */

                /**
                 * Constructs a new HelloRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a HelloRequest.
                 * @implements IHelloRequest
                 * @constructor
                 * @param {tandem.agent.v1.IHelloRequest=} [properties] Properties to set
                 */
                function HelloRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HelloRequest minVersion.
                 * @member {number} minVersion
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.minVersion = 0;

                /**
                 * HelloRequest maxVersion.
                 * @member {number} maxVersion
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.maxVersion = 0;

                /**
                 * HelloRequest host.
                 * @member {string} host
                 * @memberof tandem.agent.v1.HelloRequest
                 * @instance
                 */
                HelloRequest.prototype.host = "";

                /**
                 * Creates a new HelloRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {tandem.agent.v1.IHelloRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.HelloRequest} HelloRequest instance
                 */
                HelloRequest.create = function create(properties) {
                    return new HelloRequest(properties);
                };

                /**
                 * Encodes the specified HelloRequest message. Does not implicitly {@link tandem.agent.v1.HelloRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {tandem.agent.v1.IHelloRequest} message HelloRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HelloRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.minVersion != null && Object.hasOwnProperty.call(message, "minVersion"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.minVersion);
                    if (message.maxVersion != null && Object.hasOwnProperty.call(message, "maxVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxVersion);
                    if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                    return writer;
                };

                /**
                 * Decodes a HelloRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.HelloRequest} HelloRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HelloRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.HelloRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.minVersion = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.maxVersion = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.host = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for HelloRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.HelloRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HelloRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.HelloRequest";
                };

                return HelloRequest;
            })();

            v1.HelloResponse = (function() {

                /**
                 * Properties of a HelloResponse.
                 * @memberof tandem.agent.v1
                 * @interface IHelloResponse
                 * @property {number|null} [version] HelloResponse version
                 * @property {string|null} [agent] HelloResponse agent
                 * @property {string|null} [kernelRelease] HelloResponse kernelRelease
                 * @property {string|null} [arch] HelloResponse arch
                 * @property {string|null} [runtime] HelloResponse runtime
                 */

                /**
                 * Constructs a new HelloResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a HelloResponse.
                 * @implements IHelloResponse
                 * @constructor
                 * @param {tandem.agent.v1.IHelloResponse=} [properties] Properties to set
                 */
                function HelloResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * HelloResponse version.
                 * @member {number} version
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.version = 0;

                /**
                 * HelloResponse agent.
                 * @member {string} agent
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.agent = "";

                /**
                 * HelloResponse kernelRelease.
                 * @member {string} kernelRelease
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.kernelRelease = "";

                /**
                 * HelloResponse arch.
                 * @member {string} arch
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.arch = "";

                /**
                 * HelloResponse runtime.
                 * @member {string} runtime
                 * @memberof tandem.agent.v1.HelloResponse
                 * @instance
                 */
                HelloResponse.prototype.runtime = "";

                /**
                 * Creates a new HelloResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {tandem.agent.v1.IHelloResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.HelloResponse} HelloResponse instance
                 */
                HelloResponse.create = function create(properties) {
                    return new HelloResponse(properties);
                };

                /**
                 * Encodes the specified HelloResponse message. Does not implicitly {@link tandem.agent.v1.HelloResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {tandem.agent.v1.IHelloResponse} message HelloResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HelloResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                    if (message.agent != null && Object.hasOwnProperty.call(message, "agent"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.agent);
                    if (message.kernelRelease != null && Object.hasOwnProperty.call(message, "kernelRelease"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kernelRelease);
                    if (message.arch != null && Object.hasOwnProperty.call(message, "arch"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.arch);
                    if (message.runtime != null && Object.hasOwnProperty.call(message, "runtime"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.runtime);
                    return writer;
                };

                /**
                 * Decodes a HelloResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.HelloResponse} HelloResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HelloResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.HelloResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.version = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.agent = reader.string();
                                break;
                            }
                        case 3: {
                                message.kernelRelease = reader.string();
                                break;
                            }
                        case 4: {
                                message.arch = reader.string();
                                break;
                            }
                        case 5: {
                                message.runtime = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for HelloResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.HelloResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                HelloResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.HelloResponse";
                };

                return HelloResponse;
            })();

            v1.PingRequest = (function() {

                /**
                 * Properties of a PingRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPingRequest
                 */

                /**
                 * Constructs a new PingRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PingRequest.
                 * @implements IPingRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPingRequest=} [properties] Properties to set
                 */
                function PingRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PingRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {tandem.agent.v1.IPingRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PingRequest} PingRequest instance
                 */
                PingRequest.create = function create(properties) {
                    return new PingRequest(properties);
                };

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link tandem.agent.v1.PingRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {tandem.agent.v1.IPingRequest} message PingRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PingRequest} PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PingRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PingRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PingRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PingRequest";
                };

                return PingRequest;
            })();

            v1.PingResponse = (function() {

                /**
                 * Properties of a PingResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPingResponse
                 * @property {number|null} [containers] PingResponse containers
                 */

                /**
                 * Constructs a new PingResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PingResponse.
                 * @implements IPingResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPingResponse=} [properties] Properties to set
                 */
                function PingResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PingResponse containers.
                 * @member {number} containers
                 * @memberof tandem.agent.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.containers = 0;

                /**
                 * Creates a new PingResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {tandem.agent.v1.IPingResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PingResponse} PingResponse instance
                 */
                PingResponse.create = function create(properties) {
                    return new PingResponse(properties);
                };

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link tandem.agent.v1.PingResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {tandem.agent.v1.IPingResponse} message PingResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containers != null && Object.hasOwnProperty.call(message, "containers"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.containers);
                    return writer;
                };

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PingResponse} PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PingResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containers = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PingResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PingResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PingResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PingResponse";
                };

                return PingResponse;
            })();

            v1.CreateContainerRequest = (function() {

                /**
                 * Properties of a CreateContainerRequest.
                 * @memberof tandem.agent.v1
                 * @interface ICreateContainerRequest
                 * @property {string|null} [containerId] CreateContainerRequest containerId
                 * @property {Uint8Array|null} [specJson] CreateContainerRequest specJson
                 * @property {string|null} [rootfs] CreateContainerRequest rootfs
                 * @property {boolean|null} [stdin] CreateContainerRequest stdin
                 * @property {boolean|null} [stdout] CreateContainerRequest stdout
                 * @property {boolean|null} [stderr] CreateContainerRequest stderr
                 * @property {boolean|null} [terminal] CreateContainerRequest terminal
                 */

                /**
                 * Constructs a new CreateContainerRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CreateContainerRequest.
                 * @implements ICreateContainerRequest
                 * @constructor
                 * @param {tandem.agent.v1.ICreateContainerRequest=} [properties] Properties to set
                 */
                function CreateContainerRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateContainerRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.containerId = "";

                /**
                 * CreateContainerRequest specJson.
                 * @member {Uint8Array} specJson
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.specJson = $util.newBuffer([]);

                /**
                 * CreateContainerRequest rootfs.
                 * @member {string} rootfs
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.rootfs = "";

                /**
                 * CreateContainerRequest stdin.
                 * @member {boolean} stdin
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stdin = false;

                /**
                 * CreateContainerRequest stdout.
                 * @member {boolean} stdout
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stdout = false;

                /**
                 * CreateContainerRequest stderr.
                 * @member {boolean} stderr
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.stderr = false;

                /**
                 * CreateContainerRequest terminal.
                 * @member {boolean} terminal
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @instance
                 */
                CreateContainerRequest.prototype.terminal = false;

                /**
                 * Creates a new CreateContainerRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CreateContainerRequest} CreateContainerRequest instance
                 */
                CreateContainerRequest.create = function create(properties) {
                    return new CreateContainerRequest(properties);
                };

                /**
                 * Encodes the specified CreateContainerRequest message. Does not implicitly {@link tandem.agent.v1.CreateContainerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerRequest} message CreateContainerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateContainerRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.specJson != null && Object.hasOwnProperty.call(message, "specJson"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.specJson);
                    if (message.rootfs != null && Object.hasOwnProperty.call(message, "rootfs"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rootfs);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.stderr);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.terminal);
                    return writer;
                };

                /**
                 * Decodes a CreateContainerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CreateContainerRequest} CreateContainerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateContainerRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CreateContainerRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.specJson = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.rootfs = reader.string();
                                break;
                            }
                        case 4: {
                                message.stdin = reader.bool();
                                break;
                            }
                        case 5: {
                                message.stdout = reader.bool();
                                break;
                            }
                        case 6: {
                                message.stderr = reader.bool();
                                break;
                            }
                        case 7: {
                                message.terminal = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateContainerRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CreateContainerRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateContainerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CreateContainerRequest";
                };

                return CreateContainerRequest;
            })();

            v1.CreateContainerResponse = (function() {

                /**
                 * Properties of a CreateContainerResponse.
                 * @memberof tandem.agent.v1
                 * @interface ICreateContainerResponse
                 * @property {number|null} [pid] CreateContainerResponse pid
                 */

                /**
                 * Constructs a new CreateContainerResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CreateContainerResponse.
                 * @implements ICreateContainerResponse
                 * @constructor
                 * @param {tandem.agent.v1.ICreateContainerResponse=} [properties] Properties to set
                 */
                function CreateContainerResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CreateContainerResponse pid.
                 * @member {number} pid
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @instance
                 */
                CreateContainerResponse.prototype.pid = 0;

                /**
                 * Creates a new CreateContainerResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CreateContainerResponse} CreateContainerResponse instance
                 */
                CreateContainerResponse.create = function create(properties) {
                    return new CreateContainerResponse(properties);
                };

                /**
                 * Encodes the specified CreateContainerResponse message. Does not implicitly {@link tandem.agent.v1.CreateContainerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {tandem.agent.v1.ICreateContainerResponse} message CreateContainerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateContainerResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    return writer;
                };

                /**
                 * Decodes a CreateContainerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CreateContainerResponse} CreateContainerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateContainerResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CreateContainerResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CreateContainerResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CreateContainerResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CreateContainerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CreateContainerResponse";
                };

                return CreateContainerResponse;
            })();

            v1.StartRequest = (function() {

                /**
                 * Properties of a StartRequest.
                 * @memberof tandem.agent.v1
                 * @interface IStartRequest
                 * @property {string|null} [containerId] StartRequest containerId
                 * @property {string|null} [execId] StartRequest execId
                 */

                /**
                 * Constructs a new StartRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StartRequest.
                 * @implements IStartRequest
                 * @constructor
                 * @param {tandem.agent.v1.IStartRequest=} [properties] Properties to set
                 */
                function StartRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.containerId = "";

                /**
                 * StartRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.StartRequest
                 * @instance
                 */
                StartRequest.prototype.execId = "";

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {tandem.agent.v1.IStartRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StartRequest} StartRequest instance
                 */
                StartRequest.create = function create(properties) {
                    return new StartRequest(properties);
                };

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link tandem.agent.v1.StartRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {tandem.agent.v1.IStartRequest} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StartRequest} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StartRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StartRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StartRequest";
                };

                return StartRequest;
            })();

            v1.StartResponse = (function() {

                /**
                 * Properties of a StartResponse.
                 * @memberof tandem.agent.v1
                 * @interface IStartResponse
                 * @property {number|null} [pid] StartResponse pid
                 */

                /**
                 * Constructs a new StartResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StartResponse.
                 * @implements IStartResponse
                 * @constructor
                 * @param {tandem.agent.v1.IStartResponse=} [properties] Properties to set
                 */
                function StartResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StartResponse pid.
                 * @member {number} pid
                 * @memberof tandem.agent.v1.StartResponse
                 * @instance
                 */
                StartResponse.prototype.pid = 0;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {tandem.agent.v1.IStartResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StartResponse} StartResponse instance
                 */
                StartResponse.create = function create(properties) {
                    return new StartResponse(properties);
                };

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link tandem.agent.v1.StartResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {tandem.agent.v1.IStartResponse} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    return writer;
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StartResponse} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StartResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.pid = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StartResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StartResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StartResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StartResponse";
                };

                return StartResponse;
            })();

            v1.ExecRequest = (function() {

                /**
                 * Properties of an ExecRequest.
                 * @memberof tandem.agent.v1
                 * @interface IExecRequest
                 * @property {string|null} [containerId] ExecRequest containerId
                 * @property {string|null} [execId] ExecRequest execId
                 * @property {Uint8Array|null} [processJson] ExecRequest processJson
                 * @property {boolean|null} [stdin] ExecRequest stdin
                 * @property {boolean|null} [stdout] ExecRequest stdout
                 * @property {boolean|null} [stderr] ExecRequest stderr
                 * @property {boolean|null} [terminal] ExecRequest terminal
                 */

                /**
                 * Constructs a new ExecRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an ExecRequest.
                 * @implements IExecRequest
                 * @constructor
                 * @param {tandem.agent.v1.IExecRequest=} [properties] Properties to set
                 */
                function ExecRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExecRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.containerId = "";

                /**
                 * ExecRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.execId = "";

                /**
                 * ExecRequest processJson.
                 * @member {Uint8Array} processJson
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.processJson = $util.newBuffer([]);

                /**
                 * ExecRequest stdin.
                 * @member {boolean} stdin
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stdin = false;

                /**
                 * ExecRequest stdout.
                 * @member {boolean} stdout
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stdout = false;

                /**
                 * ExecRequest stderr.
                 * @member {boolean} stderr
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.stderr = false;

                /**
                 * ExecRequest terminal.
                 * @member {boolean} terminal
                 * @memberof tandem.agent.v1.ExecRequest
                 * @instance
                 */
                ExecRequest.prototype.terminal = false;

                /**
                 * Creates a new ExecRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {tandem.agent.v1.IExecRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ExecRequest} ExecRequest instance
                 */
                ExecRequest.create = function create(properties) {
                    return new ExecRequest(properties);
                };

                /**
                 * Encodes the specified ExecRequest message. Does not implicitly {@link tandem.agent.v1.ExecRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {tandem.agent.v1.IExecRequest} message ExecRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.processJson != null && Object.hasOwnProperty.call(message, "processJson"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.processJson);
                    if (message.stdin != null && Object.hasOwnProperty.call(message, "stdin"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.stdin);
                    if (message.stdout != null && Object.hasOwnProperty.call(message, "stdout"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stdout);
                    if (message.stderr != null && Object.hasOwnProperty.call(message, "stderr"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.stderr);
                    if (message.terminal != null && Object.hasOwnProperty.call(message, "terminal"))
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.terminal);
                    return writer;
                };

                /**
                 * Decodes an ExecRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ExecRequest} ExecRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ExecRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.processJson = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.stdin = reader.bool();
                                break;
                            }
                        case 5: {
                                message.stdout = reader.bool();
                                break;
                            }
                        case 6: {
                                message.stderr = reader.bool();
                                break;
                            }
                        case 7: {
                                message.terminal = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ExecRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ExecRequest";
                };

                return ExecRequest;
            })();

            v1.ExecResponse = (function() {

                /**
                 * Properties of an ExecResponse.
                 * @memberof tandem.agent.v1
                 * @interface IExecResponse
                 */

                /**
                 * Constructs a new ExecResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents an ExecResponse.
                 * @implements IExecResponse
                 * @constructor
                 * @param {tandem.agent.v1.IExecResponse=} [properties] Properties to set
                 */
                function ExecResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ExecResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {tandem.agent.v1.IExecResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ExecResponse} ExecResponse instance
                 */
                ExecResponse.create = function create(properties) {
                    return new ExecResponse(properties);
                };

                /**
                 * Encodes the specified ExecResponse message. Does not implicitly {@link tandem.agent.v1.ExecResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {tandem.agent.v1.IExecResponse} message ExecResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes an ExecResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ExecResponse} ExecResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ExecResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ExecResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ExecResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ExecResponse";
                };

                return ExecResponse;
            })();

            v1.KillRequest = (function() {

                /**
                 * Properties of a KillRequest.
                 * @memberof tandem.agent.v1
                 * @interface IKillRequest
                 * @property {string|null} [containerId] KillRequest containerId
                 * @property {string|null} [execId] KillRequest execId
                 * @property {number|null} [signal] KillRequest signal
                 * @property {boolean|null} [all] KillRequest all
                 */

                /**
                 * Constructs a new KillRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a KillRequest.
                 * @implements IKillRequest
                 * @constructor
                 * @param {tandem.agent.v1.IKillRequest=} [properties] Properties to set
                 */
                function KillRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * KillRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.containerId = "";

                /**
                 * KillRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.execId = "";

                /**
                 * KillRequest signal.
                 * @member {number} signal
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.signal = 0;

                /**
                 * KillRequest all.
                 * @member {boolean} all
                 * @memberof tandem.agent.v1.KillRequest
                 * @instance
                 */
                KillRequest.prototype.all = false;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {tandem.agent.v1.IKillRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.KillRequest} KillRequest instance
                 */
                KillRequest.create = function create(properties) {
                    return new KillRequest(properties);
                };

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link tandem.agent.v1.KillRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {tandem.agent.v1.IKillRequest} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.signal != null && Object.hasOwnProperty.call(message, "signal"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signal);
                    if (message.all != null && Object.hasOwnProperty.call(message, "all"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.all);
                    return writer;
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.KillRequest} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.KillRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.signal = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.all = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KillRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.KillRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KillRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.KillRequest";
                };

                return KillRequest;
            })();

            v1.KillResponse = (function() {

                /**
                 * Properties of a KillResponse.
                 * @memberof tandem.agent.v1
                 * @interface IKillResponse
                 */

                /**
                 * Constructs a new KillResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a KillResponse.
                 * @implements IKillResponse
                 * @constructor
                 * @param {tandem.agent.v1.IKillResponse=} [properties] Properties to set
                 */
                function KillResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new KillResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {tandem.agent.v1.IKillResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.KillResponse} KillResponse instance
                 */
                KillResponse.create = function create(properties) {
                    return new KillResponse(properties);
                };

                /**
                 * Encodes the specified KillResponse message. Does not implicitly {@link tandem.agent.v1.KillResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {tandem.agent.v1.IKillResponse} message KillResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a KillResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.KillResponse} KillResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.KillResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for KillResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.KillResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                KillResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.KillResponse";
                };

                return KillResponse;
            })();

            v1.WaitRequest = (function() {

                /**
                 * Properties of a WaitRequest.
                 * @memberof tandem.agent.v1
                 * @interface IWaitRequest
                 * @property {string|null} [containerId] WaitRequest containerId
                 * @property {string|null} [execId] WaitRequest execId
                 */

                /**
                 * Constructs a new WaitRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitRequest.
                 * @implements IWaitRequest
                 * @constructor
                 * @param {tandem.agent.v1.IWaitRequest=} [properties] Properties to set
                 */
                function WaitRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.containerId = "";

                /**
                 * WaitRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.execId = "";

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitRequest} WaitRequest instance
                 */
                WaitRequest.create = function create(properties) {
                    return new WaitRequest(properties);
                };

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link tandem.agent.v1.WaitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {tandem.agent.v1.IWaitRequest} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitRequest} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitRequest";
                };

                return WaitRequest;
            })();

            v1.WaitResponse = (function() {

                /**
                 * Properties of a WaitResponse.
                 * @memberof tandem.agent.v1
                 * @interface IWaitResponse
                 * @property {number|null} [exitStatus] WaitResponse exitStatus
                 * @property {number|null} [exitedAtMs] WaitResponse exitedAtMs
                 */

                /**
                 * Constructs a new WaitResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a WaitResponse.
                 * @implements IWaitResponse
                 * @constructor
                 * @param {tandem.agent.v1.IWaitResponse=} [properties] Properties to set
                 */
                function WaitResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * WaitResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitStatus = 0;

                /**
                 * WaitResponse exitedAtMs.
                 * @member {number} exitedAtMs
                 * @memberof tandem.agent.v1.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.WaitResponse} WaitResponse instance
                 */
                WaitResponse.create = function create(properties) {
                    return new WaitResponse(properties);
                };

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link tandem.agent.v1.WaitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {tandem.agent.v1.IWaitResponse} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.exitStatus != null && Object.hasOwnProperty.call(message, "exitStatus"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.exitStatus);
                    if (message.exitedAtMs != null && Object.hasOwnProperty.call(message, "exitedAtMs"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.exitedAtMs);
                    return writer;
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.WaitResponse} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.WaitResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.exitStatus = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.exitedAtMs = reader.int64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for WaitResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.WaitResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                WaitResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.WaitResponse";
                };

                return WaitResponse;
            })();

            v1.PidsRequest = (function() {

                /**
                 * Properties of a PidsRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPidsRequest
                 * @property {string|null} [containerId] PidsRequest containerId
                 */

                /**
                 * Constructs a new PidsRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PidsRequest.
                 * @implements IPidsRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPidsRequest=} [properties] Properties to set
                 */
                function PidsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.PidsRequest
                 * @instance
                 */
                PidsRequest.prototype.containerId = "";

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {tandem.agent.v1.IPidsRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PidsRequest} PidsRequest instance
                 */
                PidsRequest.create = function create(properties) {
                    return new PidsRequest(properties);
                };

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link tandem.agent.v1.PidsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {tandem.agent.v1.IPidsRequest} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PidsRequest} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PidsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PidsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PidsRequest";
                };

                return PidsRequest;
            })();

            v1.PidsResponse = (function() {

                /**
                 * Properties of a PidsResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPidsResponse
                 * @property {Array.<number>|null} [pids] PidsResponse pids
                 */

                /**
                 * Constructs a new PidsResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PidsResponse.
                 * @implements IPidsResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPidsResponse=} [properties] Properties to set
                 */
                function PidsResponse(properties) {
                    this.pids = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PidsResponse pids.
                 * @member {Array.<number>} pids
                 * @memberof tandem.agent.v1.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.pids = $util.emptyArray;

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {tandem.agent.v1.IPidsResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PidsResponse} PidsResponse instance
                 */
                PidsResponse.create = function create(properties) {
                    return new PidsResponse(properties);
                };

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link tandem.agent.v1.PidsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {tandem.agent.v1.IPidsResponse} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pids != null && message.pids.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.pids.length; ++i)
                            writer.uint32(message.pids[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PidsResponse} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PidsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.pids && message.pids.length))
                                    message.pids = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.pids.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.pids.push(reader.uint32());
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PidsResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PidsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PidsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PidsResponse";
                };

                return PidsResponse;
            })();

            v1.PauseRequest = (function() {

                /**
                 * Properties of a PauseRequest.
                 * @memberof tandem.agent.v1
                 * @interface IPauseRequest
                 * @property {string|null} [containerId] PauseRequest containerId
                 */

                /**
                 * Constructs a new PauseRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PauseRequest.
                 * @implements IPauseRequest
                 * @constructor
                 * @param {tandem.agent.v1.IPauseRequest=} [properties] Properties to set
                 */
                function PauseRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PauseRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.PauseRequest
                 * @instance
                 */
                PauseRequest.prototype.containerId = "";

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {tandem.agent.v1.IPauseRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PauseRequest} PauseRequest instance
                 */
                PauseRequest.create = function create(properties) {
                    return new PauseRequest(properties);
                };

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link tandem.agent.v1.PauseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {tandem.agent.v1.IPauseRequest} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PauseRequest} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PauseRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PauseRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PauseRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PauseRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PauseRequest";
                };

                return PauseRequest;
            })();

            v1.PauseResponse = (function() {

                /**
                 * Properties of a PauseResponse.
                 * @memberof tandem.agent.v1
                 * @interface IPauseResponse
                 */

                /**
                 * Constructs a new PauseResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PauseResponse.
                 * @implements IPauseResponse
                 * @constructor
                 * @param {tandem.agent.v1.IPauseResponse=} [properties] Properties to set
                 */
                function PauseResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new PauseResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {tandem.agent.v1.IPauseResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PauseResponse} PauseResponse instance
                 */
                PauseResponse.create = function create(properties) {
                    return new PauseResponse(properties);
                };

                /**
                 * Encodes the specified PauseResponse message. Does not implicitly {@link tandem.agent.v1.PauseResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {tandem.agent.v1.IPauseResponse} message PauseResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a PauseResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PauseResponse} PauseResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PauseResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PauseResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PauseResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PauseResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PauseResponse";
                };

                return PauseResponse;
            })();

            v1.ResumeRequest = (function() {

                /**
                 * Properties of a ResumeRequest.
                 * @memberof tandem.agent.v1
                 * @interface IResumeRequest
                 * @property {string|null} [containerId] ResumeRequest containerId
                 */

                /**
                 * Constructs a new ResumeRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResumeRequest.
                 * @implements IResumeRequest
                 * @constructor
                 * @param {tandem.agent.v1.IResumeRequest=} [properties] Properties to set
                 */
                function ResumeRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResumeRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @instance
                 */
                ResumeRequest.prototype.containerId = "";

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {tandem.agent.v1.IResumeRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResumeRequest} ResumeRequest instance
                 */
                ResumeRequest.create = function create(properties) {
                    return new ResumeRequest(properties);
                };

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link tandem.agent.v1.ResumeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {tandem.agent.v1.IResumeRequest} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    return writer;
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResumeRequest} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResumeRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResumeRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResumeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResumeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResumeRequest";
                };

                return ResumeRequest;
            })();

            v1.ResumeResponse = (function() {

                /**
                 * Properties of a ResumeResponse.
                 * @memberof tandem.agent.v1
                 * @interface IResumeResponse
                 */

                /**
                 * Constructs a new ResumeResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResumeResponse.
                 * @implements IResumeResponse
                 * @constructor
                 * @param {tandem.agent.v1.IResumeResponse=} [properties] Properties to set
                 */
                function ResumeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResumeResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {tandem.agent.v1.IResumeResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResumeResponse} ResumeResponse instance
                 */
                ResumeResponse.create = function create(properties) {
                    return new ResumeResponse(properties);
                };

                /**
                 * Encodes the specified ResumeResponse message. Does not implicitly {@link tandem.agent.v1.ResumeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {tandem.agent.v1.IResumeResponse} message ResumeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResumeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResumeResponse} ResumeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResumeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResumeResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResumeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResumeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResumeResponse";
                };

                return ResumeResponse;
            })();

            v1.ResizePtyRequest = (function() {

                /**
                 * Properties of a ResizePtyRequest.
                 * @memberof tandem.agent.v1
                 * @interface IResizePtyRequest
                 * @property {string|null} [containerId] ResizePtyRequest containerId
                 * @property {string|null} [execId] ResizePtyRequest execId
                 * @property {number|null} [width] ResizePtyRequest width
                 * @property {number|null} [height] ResizePtyRequest height
                 */

                /**
                 * Constructs a new ResizePtyRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResizePtyRequest.
                 * @implements IResizePtyRequest
                 * @constructor
                 * @param {tandem.agent.v1.IResizePtyRequest=} [properties] Properties to set
                 */
                function ResizePtyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResizePtyRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.containerId = "";

                /**
                 * ResizePtyRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.execId = "";

                /**
                 * ResizePtyRequest width.
                 * @member {number} width
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.width = 0;

                /**
                 * ResizePtyRequest height.
                 * @member {number} height
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.height = 0;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {tandem.agent.v1.IResizePtyRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResizePtyRequest} ResizePtyRequest instance
                 */
                ResizePtyRequest.create = function create(properties) {
                    return new ResizePtyRequest(properties);
                };

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link tandem.agent.v1.ResizePtyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {tandem.agent.v1.IResizePtyRequest} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    return writer;
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResizePtyRequest} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResizePtyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.width = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.height = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResizePtyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResizePtyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResizePtyRequest";
                };

                return ResizePtyRequest;
            })();

            v1.ResizePtyResponse = (function() {

                /**
                 * Properties of a ResizePtyResponse.
                 * @memberof tandem.agent.v1
                 * @interface IResizePtyResponse
                 */

                /**
                 * Constructs a new ResizePtyResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a ResizePtyResponse.
                 * @implements IResizePtyResponse
                 * @constructor
                 * @param {tandem.agent.v1.IResizePtyResponse=} [properties] Properties to set
                 */
                function ResizePtyResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResizePtyResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {tandem.agent.v1.IResizePtyResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.ResizePtyResponse} ResizePtyResponse instance
                 */
                ResizePtyResponse.create = function create(properties) {
                    return new ResizePtyResponse(properties);
                };

                /**
                 * Encodes the specified ResizePtyResponse message. Does not implicitly {@link tandem.agent.v1.ResizePtyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {tandem.agent.v1.IResizePtyResponse} message ResizePtyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResizePtyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.ResizePtyResponse} ResizePtyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.ResizePtyResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ResizePtyResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.ResizePtyResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResizePtyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.ResizePtyResponse";
                };

                return ResizePtyResponse;
            })();

            v1.CloseStdinRequest = (function() {

                /**
                 * Properties of a CloseStdinRequest.
                 * @memberof tandem.agent.v1
                 * @interface ICloseStdinRequest
                 * @property {string|null} [containerId] CloseStdinRequest containerId
                 * @property {string|null} [execId] CloseStdinRequest execId
                 */

                /**
                 * Constructs a new CloseStdinRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CloseStdinRequest.
                 * @implements ICloseStdinRequest
                 * @constructor
                 * @param {tandem.agent.v1.ICloseStdinRequest=} [properties] Properties to set
                 */
                function CloseStdinRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CloseStdinRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @instance
                 */
                CloseStdinRequest.prototype.containerId = "";

                /**
                 * CloseStdinRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @instance
                 */
                CloseStdinRequest.prototype.execId = "";

                /**
                 * Creates a new CloseStdinRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CloseStdinRequest} CloseStdinRequest instance
                 */
                CloseStdinRequest.create = function create(properties) {
                    return new CloseStdinRequest(properties);
                };

                /**
                 * Encodes the specified CloseStdinRequest message. Does not implicitly {@link tandem.agent.v1.CloseStdinRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinRequest} message CloseStdinRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseStdinRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a CloseStdinRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CloseStdinRequest} CloseStdinRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseStdinRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CloseStdinRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CloseStdinRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CloseStdinRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CloseStdinRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CloseStdinRequest";
                };

                return CloseStdinRequest;
            })();

            v1.CloseStdinResponse = (function() {

                /**
                 * Properties of a CloseStdinResponse.
                 * @memberof tandem.agent.v1
                 * @interface ICloseStdinResponse
                 */

                /**
                 * Constructs a new CloseStdinResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a CloseStdinResponse.
                 * @implements ICloseStdinResponse
                 * @constructor
                 * @param {tandem.agent.v1.ICloseStdinResponse=} [properties] Properties to set
                 */
                function CloseStdinResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new CloseStdinResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.CloseStdinResponse} CloseStdinResponse instance
                 */
                CloseStdinResponse.create = function create(properties) {
                    return new CloseStdinResponse(properties);
                };

                /**
                 * Encodes the specified CloseStdinResponse message. Does not implicitly {@link tandem.agent.v1.CloseStdinResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {tandem.agent.v1.ICloseStdinResponse} message CloseStdinResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseStdinResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a CloseStdinResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.CloseStdinResponse} CloseStdinResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseStdinResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.CloseStdinResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CloseStdinResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.CloseStdinResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CloseStdinResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.CloseStdinResponse";
                };

                return CloseStdinResponse;
            })();

            v1.DeleteRequest = (function() {

                /**
                 * Properties of a DeleteRequest.
                 * @memberof tandem.agent.v1
                 * @interface IDeleteRequest
                 * @property {string|null} [containerId] DeleteRequest containerId
                 * @property {string|null} [execId] DeleteRequest execId
                 */

                /**
                 * Constructs a new DeleteRequest.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a DeleteRequest.
                 * @implements IDeleteRequest
                 * @constructor
                 * @param {tandem.agent.v1.IDeleteRequest=} [properties] Properties to set
                 */
                function DeleteRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeleteRequest containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.containerId = "";

                /**
                 * DeleteRequest execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.execId = "";

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {tandem.agent.v1.IDeleteRequest=} [properties] Properties to set
                 * @returns {tandem.agent.v1.DeleteRequest} DeleteRequest instance
                 */
                DeleteRequest.create = function create(properties) {
                    return new DeleteRequest(properties);
                };

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link tandem.agent.v1.DeleteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {tandem.agent.v1.IDeleteRequest} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    return writer;
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.DeleteRequest} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.DeleteRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteRequest
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.DeleteRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.DeleteRequest";
                };

                return DeleteRequest;
            })();

            v1.DeleteResponse = (function() {

                /**
                 * Properties of a DeleteResponse.
                 * @memberof tandem.agent.v1
                 * @interface IDeleteResponse
                 */

                /**
                 * Constructs a new DeleteResponse.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a DeleteResponse.
                 * @implements IDeleteResponse
                 * @constructor
                 * @param {tandem.agent.v1.IDeleteResponse=} [properties] Properties to set
                 */
                function DeleteResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {tandem.agent.v1.IDeleteResponse=} [properties] Properties to set
                 * @returns {tandem.agent.v1.DeleteResponse} DeleteResponse instance
                 */
                DeleteResponse.create = function create(properties) {
                    return new DeleteResponse(properties);
                };

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link tandem.agent.v1.DeleteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {tandem.agent.v1.IDeleteResponse} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.DeleteResponse} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.DeleteResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeleteResponse
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.DeleteResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeleteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.DeleteResponse";
                };

                return DeleteResponse;
            })();

            v1.StdioInput = (function() {

                /**
                 * Properties of a StdioInput.
                 * @memberof tandem.agent.v1
                 * @interface IStdioInput
                 * @property {string|null} [containerId] StdioInput containerId
                 * @property {string|null} [execId] StdioInput execId
                 * @property {Uint8Array|null} [data] StdioInput data
                 */

                /**
                 * Constructs a new StdioInput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StdioInput.
                 * @implements IStdioInput
                 * @constructor
                 * @param {tandem.agent.v1.IStdioInput=} [properties] Properties to set
                 */
                function StdioInput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StdioInput containerId.
                 * @member {string} containerId
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.containerId = "";

                /**
                 * StdioInput execId.
                 * @member {string} execId
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.execId = "";

                /**
                 * StdioInput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.StdioInput
                 * @instance
                 */
                StdioInput.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new StdioInput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {tandem.agent.v1.IStdioInput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StdioInput} StdioInput instance
                 */
                StdioInput.create = function create(properties) {
                    return new StdioInput(properties);
                };

                /**
                 * Encodes the specified StdioInput message. Does not implicitly {@link tandem.agent.v1.StdioInput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {tandem.agent.v1.IStdioInput} message StdioInput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StdioInput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.containerId != null && Object.hasOwnProperty.call(message, "containerId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                    if (message.execId != null && Object.hasOwnProperty.call(message, "execId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    return writer;
                };

                /**
                 * Decodes a StdioInput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StdioInput} StdioInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StdioInput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StdioInput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.containerId = reader.string();
                                break;
                            }
                        case 2: {
                                message.execId = reader.string();
                                break;
                            }
                        case 3: {
                                message.data = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StdioInput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StdioInput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StdioInput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StdioInput";
                };

                return StdioInput;
            })();

            v1.StdioOutput = (function() {

                /**
                 * Properties of a StdioOutput.
                 * @memberof tandem.agent.v1
                 * @interface IStdioOutput
                 * @property {number|null} [fd] StdioOutput fd
                 * @property {Uint8Array|null} [data] StdioOutput data
                 */

                /**
                 * Constructs a new StdioOutput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a StdioOutput.
                 * @implements IStdioOutput
                 * @constructor
                 * @param {tandem.agent.v1.IStdioOutput=} [properties] Properties to set
                 */
                function StdioOutput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * StdioOutput fd.
                 * @member {number} fd
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.fd = 0;

                /**
                 * StdioOutput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.StdioOutput
                 * @instance
                 */
                StdioOutput.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new StdioOutput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {tandem.agent.v1.IStdioOutput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.StdioOutput} StdioOutput instance
                 */
                StdioOutput.create = function create(properties) {
                    return new StdioOutput(properties);
                };

                /**
                 * Encodes the specified StdioOutput message. Does not implicitly {@link tandem.agent.v1.StdioOutput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {tandem.agent.v1.IStdioOutput} message StdioOutput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StdioOutput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fd != null && Object.hasOwnProperty.call(message, "fd"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fd);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    return writer;
                };

                /**
                 * Decodes a StdioOutput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.StdioOutput} StdioOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StdioOutput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.StdioOutput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fd = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.data = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for StdioOutput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.StdioOutput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                StdioOutput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.StdioOutput";
                };

                return StdioOutput;
            })();

            v1.PortInput = (function() {

                /**
                 * Properties of a PortInput.
                 * @memberof tandem.agent.v1
                 * @interface IPortInput
                 * @property {number|null} [port] PortInput port
                 * @property {Uint8Array|null} [data] PortInput data
                 */

                /**
                 * Constructs a new PortInput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PortInput.
                 * @implements IPortInput
                 * @constructor
                 * @param {tandem.agent.v1.IPortInput=} [properties] Properties to set
                 */
                function PortInput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PortInput port.
                 * @member {number} port
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.port = 0;

                /**
                 * PortInput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.PortInput
                 * @instance
                 */
                PortInput.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new PortInput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {tandem.agent.v1.IPortInput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PortInput} PortInput instance
                 */
                PortInput.create = function create(properties) {
                    return new PortInput(properties);
                };

                /**
                 * Encodes the specified PortInput message. Does not implicitly {@link tandem.agent.v1.PortInput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {tandem.agent.v1.IPortInput} message PortInput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortInput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    return writer;
                };

                /**
                 * Decodes a PortInput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PortInput} PortInput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortInput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PortInput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.port = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.data = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PortInput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PortInput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PortInput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PortInput";
                };

                return PortInput;
            })();

            v1.PortOutput = (function() {

                /**
                 * Properties of a PortOutput.
                 * @memberof tandem.agent.v1
                 * @interface IPortOutput
                 * @property {Uint8Array|null} [data] PortOutput data
                 */

                /**
                 * Constructs a new PortOutput.
                 * @memberof tandem.agent.v1
                 * @classdesc Represents a PortOutput.
                 * @implements IPortOutput
                 * @constructor
                 * @param {tandem.agent.v1.IPortOutput=} [properties] Properties to set
                 */
                function PortOutput(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PortOutput data.
                 * @member {Uint8Array} data
                 * @memberof tandem.agent.v1.PortOutput
                 * @instance
                 */
                PortOutput.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new PortOutput instance using the specified properties.
                 * @function create
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {tandem.agent.v1.IPortOutput=} [properties] Properties to set
                 * @returns {tandem.agent.v1.PortOutput} PortOutput instance
                 */
                PortOutput.create = function create(properties) {
                    return new PortOutput(properties);
                };

                /**
                 * Encodes the specified PortOutput message. Does not implicitly {@link tandem.agent.v1.PortOutput.verify|verify} messages.
                 * @function encode
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {tandem.agent.v1.IPortOutput} message PortOutput message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PortOutput.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    return writer;
                };

                /**
                 * Decodes a PortOutput message from the specified reader or buffer.
                 * @function decode
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tandem.agent.v1.PortOutput} PortOutput
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PortOutput.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tandem.agent.v1.PortOutput();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.data = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for PortOutput
                 * @function getTypeUrl
                 * @memberof tandem.agent.v1.PortOutput
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PortOutput.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tandem.agent.v1.PortOutput";
                };

                return PortOutput;
            })();

            return v1;
        })();

        return agent;
    })();

    return tandem;
})();

export const ttrpc = $root.ttrpc = (() => {

    /**
     * Namespace ttrpc.
     * @exports ttrpc
     * @namespace
     */
    const ttrpc = {};

    ttrpc.Request = (function() {

        /**
         * Properties of a Request.
         * @memberof ttrpc
         * @interface IRequest
         * @property {string|null} [service] Request service
         * @property {string|null} [method] Request method
         * @property {Uint8Array|null} [payload] Request payload
         * @property {number|null} [timeoutNano] Request timeoutNano
         * @property {Array.<ttrpc.IKeyValue>|null} [metadata] Request metadata
         */

        /**
         * Constructs a new Request.
         * @memberof ttrpc
         * @classdesc Represents a Request.
         * @implements IRequest
         * @constructor
         * @param {ttrpc.IRequest=} [properties] Properties to set
         */
        function Request(properties) {
            this.metadata = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Request service.
         * @member {string} service
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.service = "";

        /**
         * Request method.
         * @member {string} method
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.method = "";

        /**
         * Request payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.payload = $util.newBuffer([]);

        /**
         * Request timeoutNano.
         * @member {number} timeoutNano
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.timeoutNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Request metadata.
         * @member {Array.<ttrpc.IKeyValue>} metadata
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.metadata = $util.emptyArray;

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.IRequest=} [properties] Properties to set
         * @returns {ttrpc.Request} Request instance
         */
        Request.create = function create(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.IRequest} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.method != null && Object.hasOwnProperty.call(message, "method"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
            if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.timeoutNano != null && Object.hasOwnProperty.call(message, "timeoutNano"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeoutNano);
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.ttrpc.KeyValue.encode(message.metadata[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Request} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.Request();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.service = reader.string();
                        break;
                    }
                case 2: {
                        message.method = reader.string();
                        break;
                    }
                case 3: {
                        message.payload = reader.bytes();
                        break;
                    }
                case 4: {
                        message.timeoutNano = reader.int64();
                        break;
                    }
                case 5: {
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.ttrpc.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Request
         * @function getTypeUrl
         * @memberof ttrpc.Request
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.Request";
        };

        return Request;
    })();

    ttrpc.Response = (function() {

        /**
         * Properties of a Response.
         * @memberof ttrpc
         * @interface IResponse
         * @property {google.rpc.IStatus|null} [status] Response status
         * @property {Uint8Array|null} [payload] Response payload
         */

        /**
         * Constructs a new Response.
         * @memberof ttrpc
         * @classdesc Represents a Response.
         * @implements IResponse
         * @constructor
         * @param {ttrpc.IResponse=} [properties] Properties to set
         */
        function Response(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Response status.
         * @member {google.rpc.IStatus|null|undefined} status
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.status = null;

        /**
         * Response payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.payload = $util.newBuffer([]);

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.IResponse=} [properties] Properties to set
         * @returns {ttrpc.Response} Response instance
         */
        Response.create = function create(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.IResponse} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                $root.google.rpc.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            return writer;
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Response} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.Response();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.status = $root.google.rpc.Status.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.payload = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Response
         * @function getTypeUrl
         * @memberof ttrpc.Response
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.Response";
        };

        return Response;
    })();

    ttrpc.StringList = (function() {

        /**
         * Properties of a StringList.
         * @memberof ttrpc
         * @interface IStringList
         * @property {Array.<string>|null} [list] StringList list
         */

        /**
         * Constructs a new StringList.
         * @memberof ttrpc
         * @classdesc Represents a StringList.
         * @implements IStringList
         * @constructor
         * @param {ttrpc.IStringList=} [properties] Properties to set
         */
        function StringList(properties) {
            this.list = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StringList list.
         * @member {Array.<string>} list
         * @memberof ttrpc.StringList
         * @instance
         */
        StringList.prototype.list = $util.emptyArray;

        /**
         * Creates a new StringList instance using the specified properties.
         * @function create
         * @memberof ttrpc.StringList
         * @static
         * @param {ttrpc.IStringList=} [properties] Properties to set
         * @returns {ttrpc.StringList} StringList instance
         */
        StringList.create = function create(properties) {
            return new StringList(properties);
        };

        /**
         * Encodes the specified StringList message. Does not implicitly {@link ttrpc.StringList.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.StringList
         * @static
         * @param {ttrpc.IStringList} message StringList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringList.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.list != null && message.list.length)
                for (let i = 0; i < message.list.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.list[i]);
            return writer;
        };

        /**
         * Decodes a StringList message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.StringList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.StringList} StringList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringList.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.StringList();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.list && message.list.length))
                            message.list = [];
                        message.list.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for StringList
         * @function getTypeUrl
         * @memberof ttrpc.StringList
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StringList.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.StringList";
        };

        return StringList;
    })();

    ttrpc.KeyValue = (function() {

        /**
         * Properties of a KeyValue.
         * @memberof ttrpc
         * @interface IKeyValue
         * @property {string|null} [key] KeyValue key
         * @property {string|null} [value] KeyValue value
         */

        /**
         * Constructs a new KeyValue.
         * @memberof ttrpc
         * @classdesc Represents a KeyValue.
         * @implements IKeyValue
         * @constructor
         * @param {ttrpc.IKeyValue=} [properties] Properties to set
         */
        function KeyValue(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * KeyValue key.
         * @member {string} key
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.key = "";

        /**
         * KeyValue value.
         * @member {string} value
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.value = "";

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @function create
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.IKeyValue=} [properties] Properties to set
         * @returns {ttrpc.KeyValue} KeyValue instance
         */
        KeyValue.create = function create(properties) {
            return new KeyValue(properties);
        };

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.IKeyValue} message KeyValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyValue.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            return writer;
        };

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.KeyValue} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyValue.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.ttrpc.KeyValue();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.string();
                        break;
                    }
                case 2: {
                        message.value = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for KeyValue
         * @function getTypeUrl
         * @memberof ttrpc.KeyValue
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/ttrpc.KeyValue";
        };

        return KeyValue;
    })();

    return ttrpc;
})();

export { $root as default };
